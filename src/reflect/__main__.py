from reflect.cli import main

main()
