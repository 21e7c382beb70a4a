from reflect.entry import main

main()
