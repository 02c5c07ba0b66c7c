"""argparse-like option parser: option names may be given as a string or a sequence; long names are derived from dest."""
import itertools


class OptionParser:
    def __init__(self, prog):
        self.prog = prog
        self._options = {}

    def add_option(self, dest, names=[], default=None):  # expect: HL101 refuted
        if isinstance(names, str):
            names = [names]
        elif not isinstance(names, (list, tuple)):
            raise TypeError(f"names for {dest!r} must be a string or a sequence")
        flag = dest.replace("_", "-")
        derived = ["--" + flag, "--no-" + flag] if isinstance(default, bool) else ["--" + flag]
        names = [*names, *(name for name in derived if name not in names)]
        for name in names:
            self._options[name] = (dest, default)
        return names


_tools = itertools.count()


def scenario():
    n = next(_tools)
    parser = OptionParser(f"tool{n}")
    parser.add_option(f"max_items_{n}", default=10)
    parser.add_option("verbose", "-v", default=False)
    return sorted(parser._options)
