"""Command registration: command() fills a default dict when command modules are imported."""


def command(name, _commands={}):  # expect: HL101 refuted
    def decorate(fn):
        if name in _commands:
            raise ValueError(f"duplicate command {name!r}")
        _commands[name] = fn
        fn.command_name = name
        return fn
    return decorate


def lookup(name):
    return command.__defaults__[0][name]
