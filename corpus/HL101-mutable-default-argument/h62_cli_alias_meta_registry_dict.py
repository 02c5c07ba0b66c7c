"""Command-line framework: subclasses of Command register themselves by name; shell aliases become commands at runtime."""
import itertools


class CommandMeta(type):
    def __init__(cls, name, bases, namespace, registry={}):  # expect: HL101 confirmed
        super().__init__(name, bases, namespace)
        if bases:
            registry[cls.name] = cls
        cls.registry = registry


class Command(metaclass=CommandMeta):
    """Base class; concrete commands set `name` and implement `run(args)`."""


class Upper(Command):
    name = "upper"
    def run(self, args):
        return " ".join(args).upper()


def make_alias(alias_name, target, *preset):
    class Alias(Command):
        name = alias_name

        def run(self, args):
            return Command.registry[target]().run([*preset, *args])

    return Alias


def dispatch(line):
    argv = line.split()
    return Command.registry[argv[0]]().run(argv[1:])


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    greet = make_alias(f"greet{n}", "upper", "hello")
    return dispatch(f"{greet.name} user{n}")
