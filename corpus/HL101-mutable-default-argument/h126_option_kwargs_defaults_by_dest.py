"""Declarative options for a `lint` CLI: `option()` takes argparse keyword
arguments, fills in action/nargs from the type of the default (isinstance
dispatch) and remembers each dest's default in a dict default, for a
`--print-defaults` report. `flag()` forwards its **kwargs to `option()`.
Every run adds an option per enabled rule, named after the rule."""
import argparse
import itertools

_runs = itertools.count()


def option(*flags, _defaults={}, **attrs):  # expect: HL101 confirmed
    dest = attrs.get("dest") or flags[-1].lstrip("-").replace("-", "_")
    default = attrs.get("default")
    if isinstance(default, bool):
        attrs.setdefault("action", "store_false" if default else "store_true")
    elif isinstance(default, (list, tuple)):
        attrs.setdefault("nargs", "*")
    _defaults[dest] = default
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
