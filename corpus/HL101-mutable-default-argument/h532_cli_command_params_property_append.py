"""Command-line toolkit in the style of click: a Command exposes its
parameter list through a property, and plugin loaders attach an extra
option to every command they build by appending to that property. The
property hands out the default list itself, so each option lands in it."""
import itertools

_ids = itertools.count()


class Option:
    def __init__(self, name, default=None):
        self.name = name
        self.default = default


class Command:
    def __init__(self, name, params=[]):  # expect: HL101 confirmed
        self.name = name
        self._params = params

    @property
    def params(self):
        return self._params

    def usage(self):
        opts = " ".join(f"[--{p.name}]" for p in self.params)
        return f"usage: {self.name} {opts}".rstrip()


def load_plugin_command(plugin):
    cmd = Command(f"{plugin}-sync")
    cmd.params.append(Option(f"{plugin}-token"))
    return cmd.usage()


def scenario():
    return load_plugin_command(f"plugin{next(_ids)}")
