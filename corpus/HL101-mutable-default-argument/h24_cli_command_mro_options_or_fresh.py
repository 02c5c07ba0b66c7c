"""CLI commands inherit option specs from their base classes, collected along the MRO."""
import itertools


def collect_options(cls, attr="options", found=[]):  # expect: HL101 refuted
    result = found or []
    for klass in reversed(cls.__mro__):
        for spec in klass.__dict__.get(attr, ()):
            result.append(spec)
    return result


class Command:
    options = [("verbose", "v", False), ("config", "c", "app.ini")]

    def __init__(self, argv):
        self.specs = collect_options(type(self))
        self.argv = list(argv)

    def parsed(self):
        flags = {name: default for name, _, default in self.specs}
        for arg in self.argv:
            name, _, value = arg.lstrip("-").partition("=")
            flags[name] = value or True
        return flags


class ServeCommand(Command):
    options = [("port", "p", 8000), ("reload", "r", False)]


_seq = itertools.count()


def scenario():
    n = next(_seq)
    cmd = ServeCommand([f"--port={8000 + n % 100}", "--reload"])
    return len(cmd.parsed())
