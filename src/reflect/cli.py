"""placeholder"""


def main() -> None:
    print("reflect")
