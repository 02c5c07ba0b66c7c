"""Entry point: `greet hello NAME`, `greet shout NAME`."""

USAGE = "usage: greet {hello,shout} NAME"


def main(argv):
    if len(argv) != 2:
        print(USAGE)
        return 2
    command, name = argv
    if command == "hello":
        print(f"Hello, {name}!")
    elif command == "shout":
        print(f"HELLO, {name.upper()}!")
        print("(that was loud)")
    else:
        print(f"unknown command: {command}")
        print(USAGE)
        return 2
    return 0
