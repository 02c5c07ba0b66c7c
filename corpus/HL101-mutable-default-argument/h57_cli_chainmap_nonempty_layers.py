"""Layered option resolution for a build CLI: flags > environment > defaults."""
import itertools
from collections import ChainMap

_n = itertools.count()


def parse_flags(argv):
    flags = {}
    for arg in argv:
        if arg.startswith("--") and "=" in arg:
            key, _, value = arg[2:].partition("=")
            flags[key.replace("-", "_")] = value
    return flags


def resolve(*layers, defaults={}):  # expect: HL101 confirmed
    opts = ChainMap(*layers, defaults)
    opts.setdefault("jobs", "1")
    return opts


def build(argv, environ):
    flags = parse_flags(argv)
    env = {k[6:].lower(): v for k, v in environ.items() if k.startswith("BUILD_")}
    layers = [layer for layer in (flags, env) if layer]
    opts = resolve(*layers)
    targets = opts.setdefault("targets", [])
    targets.extend(a for a in argv if not a.startswith("-"))
    return int(opts["jobs"]), sorted(targets)


def scenario():
    n = next(_n)
    argv = [f"pkg/mod{n}"] + (["--jobs=4"] if n % 2 else [])
    environ = {"BUILD_COLOR": "never"} if n % 3 == 0 else {"HOME": "/root"}
    return build(argv, environ)
