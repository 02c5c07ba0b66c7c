"""Command-line toolkit in the style of click: a Command exposes its
parameter list through a property, and plugin loaders render usage with an
extra option for every command they build. They read the property and
concatenate, so the default list itself is never changed."""
import itertools

_ids = itertools.count()


class Option:
    def __init__(self, name, default=None):
        self.name = name
        self.default = default


class Command:
    def __init__(self, name, params=[]):  # expect: HL101 refuted
        self.name = name
        self._params = params

    @property
    def params(self):
        return self._params

    def usage(self, extra=()):
        opts = " ".join(f"[--{p.name}]" for p in self.params + list(extra))
        return f"usage: {self.name} {opts}".rstrip()


def load_plugin_command(plugin):
    cmd = Command(f"{plugin}-sync")
    return cmd.usage([Option(f"{plugin}-token")])


def scenario():
    return load_plugin_command(f"plugin{next(_ids)}")
