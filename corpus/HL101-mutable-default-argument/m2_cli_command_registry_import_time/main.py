"""CLI entry point: each invocation parses an argv and dispatches to a registered command."""
import itertools

import tool.commands  # noqa: F401  (registers the commands)
from tool.registry import lookup

_runs = itertools.count()


def run(argv):
    name, *args = argv
    return lookup(name)(args)


def scenario():
    n = next(_runs)
    name = ("count", "upper", "join")[n % 3]
    return run([name, f"file-{n}.csv", "", f"--limit={n % 50}"])
