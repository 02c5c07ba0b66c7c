"""Command registry: command classes register themselves by name."""
COMMANDS = {}


def command(name):
    def register(cls):
        COMMANDS[name] = cls
        return cls
    return register


def run(argv):
    from . import commands  # noqa: F401  (registers the built-in commands)

    name, *args = argv
    return COMMANDS[name]().execute(*args)
