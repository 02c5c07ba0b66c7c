"""Interactive shell: commands register through __init_subclass__; users can define alias macros per session."""
import itertools
import shlex


class Command:
    def __init_subclass__(cls, name=None, registry={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        cls.name = name or cls.__name__.lower()
        registry[cls.name] = cls
        cls.registry = registry

    def run(self, argv):
        raise NotImplementedError


class Echo(Command, name="echo"):
    def run(self, argv):
        return " ".join(argv)


class Shell:
    def __init__(self):
        self.commands = dict(Echo.registry)

    def define_macro(self, alias, expansion):
        class Macro(Command, name=alias):
            def run(self, argv):
                return Echo().run(shlex.split(expansion) + argv)

        self.commands[alias] = Macro

    def execute(self, line):
        head, *argv = shlex.split(line)
        return self.commands[head]().run(argv)


_sessions = itertools.count()


def scenario():
    n = next(_sessions)
    shell = Shell()
    shell.define_macro(f"greet{n}", "hello there")
    return shell.execute(f"greet{n} user{n}")
