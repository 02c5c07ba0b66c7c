"""The command table: @command(name) files a function under its name."""


def command(name, table={}):  # expect: HL101 refuted
    def decorate(fn):
        if name in table:
            raise ValueError(f"command {name!r} already registered")
        table[name] = fn
        fn.command_name = name
        return fn
    return decorate


_TABLE = command.__defaults__[0]


def lookup(name):
    try:
        return _TABLE[name]
    except KeyError:
        raise SystemExit(f"unknown command: {name}") from None


def unregister(name):
    _TABLE.pop(name, None)


def names():
    return sorted(_TABLE)
