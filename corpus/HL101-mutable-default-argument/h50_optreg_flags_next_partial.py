"""argparse-like option registry used by a plugin-based CLI."""
import itertools

_plugins = itertools.count()


class Option:
    __slots__ = ("flags", "dest", "default", "help")

    def __init__(self, flags, dest, default=None, help=""):
        self.flags, self.dest, self.default, self.help = flags, dest, default, help


def _unique_flags(flags, seen=set()):  # expect: HL101 confirmed
    for flag in flags:
        key = flag.lstrip("-").replace("_", "-").lower()
        if key in seen:
            continue
        seen.add(key)
        yield flag
    seen.clear()


class OptionRegistry:
    def __init__(self, prog):
        self.prog = prog
        self.options = {}

    def add_option(self, *flags, default=None, help=""):
        if not flags or not all(f.startswith("-") for f in flags):
            raise ValueError(f"{self.prog}: option flags must start with '-'")
        unique = _unique_flags(flags)
        primary = next(unique, None)
        dest = (primary or flags[0]).lstrip("-").replace("-", "_")
        self.options[dest] = Option(tuple(flags), dest, default, help)
        return self.options[dest]


def scenario():
    n = next(_plugins)
    registry = OptionRegistry(f"plugin{n}")
    registry.add_option(f"--plugin{n}-output", f"--Plugin{n}_Output", "-o", help="output path")
    registry.add_option(f"--plugin{n}-verbose", "-v", default=False)
    return sorted(registry.options)
