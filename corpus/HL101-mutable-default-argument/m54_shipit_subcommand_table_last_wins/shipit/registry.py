"""Sub-command table: @subcommand("name") files a handler under its name."""

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


def subcommand(name, help="", table=COMMANDS):  # expect: HL101 refuted
    def register(func):
        table[name] = Command(name, func, help)
        return func
    return register


def lookup(name):
    try:
        return COMMANDS[name]
    except KeyError:
        raise SystemExit(f"shipit: {name!r} is not a shipit command") from None
