"""Sub-command table: @subcommand("name") files a handler under its name.

A later registration under the same name shadows the earlier one.
"""

COMMANDS = {}


class Command:
    def __init__(self, name, func, help=""):
        self.name = name
        self.func = func
        self.help = help or (func.__doc__ or "").strip()

    def __call__(self, args):
        return self.func(args)

    def __repr__(self):
        return f"<Command {self.name}: {self.help}>"


def subcommand(name, help="", table=COMMANDS):  # expect: HL101 confirmed
    def register(func):
        table.setdefault(name, []).append(Command(name, func, help))
        return func
    return register


def lookup(name):
    chain = COMMANDS.get(name)
    if not chain:
        raise SystemExit(f"shipit: {name!r} is not a shipit command")
    return chain[-1]
