"""Declarative options for a `lint` CLI: `option()` takes argparse keyword
arguments, fills in action/nargs from the type of the default (isinstance
dispatch) and counts the options of each kind in a dict default, for a
`--stats` report. `flag()` forwards its **kwargs to `option()`. Every run
adds an option per enabled rule, but there are only three kinds to count."""
import argparse
import itertools

_runs = itertools.count()


def option(*flags, _kinds={}, **attrs):  # expect: HL101 refuted
    default = attrs.get("default")
    if isinstance(default, bool):
        kind = attrs.setdefault("action", "store_false" if default else "store_true")
    elif isinstance(default, (list, tuple)):
        kind = "nargs=%s" % attrs.setdefault("nargs", "*")
    else:
        kind = "value"
    _kinds[kind] = _kinds.get(kind, 0) + 1
    return flags, attrs


def flag(*flags, **attrs):
    return option(*flags, default=False, **attrs)


def scenario():
    n = next(_runs)
    parser = argparse.ArgumentParser(prog="lint")
    for flags, attrs in (flag("--fix", help="apply fixes"),
                         option("--rule-%d" % n, default=[], help="paths for rule %d" % n),
                         option("-j", "--jobs", type=int, default=n % 4)):
        parser.add_argument(*flags, **attrs)
    return parser.parse_args(["--fix", "--rule-%d" % n, "src/m%d.py" % n])
