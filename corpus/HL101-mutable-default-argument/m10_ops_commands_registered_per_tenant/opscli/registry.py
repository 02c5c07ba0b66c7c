"""Command table, created on first use."""


def commands(_table={}):  # expect: HL101 confirmed
    return _table


def command(name):
    def register(fn):
        commands()[name] = fn
        return fn

    return register


def run(argv):
    name, *args = argv
    try:
        handler = commands()[name]
    except KeyError:
        return f"unknown command {name!r}"
    return handler(*args)
