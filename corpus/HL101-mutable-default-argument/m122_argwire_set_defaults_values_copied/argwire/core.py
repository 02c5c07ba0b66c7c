"""Parser: `--key=value` options and positional args on top of set_defaults()."""
from types import SimpleNamespace

__all__ = ["Parser"]


class Parser:
    def __init__(self, prog, defaults={}):  # expect: HL101 refuted
        self.prog = prog
        self.defaults = defaults

    def set_defaults(self, **values):
        self.defaults.update(values)

    def parse_args(self, argv):
        values = dict(self.defaults)
        for arg in argv:
            if arg.startswith("--"):
                key, _, value = arg[2:].partition("=")
                values[key.replace("-", "_")] = value or True
            else:
                values.setdefault("args", []).append(arg)
        return SimpleNamespace(**values)
