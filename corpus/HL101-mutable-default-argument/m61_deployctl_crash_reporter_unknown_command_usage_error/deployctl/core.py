"""Command table and dispatch; unexpected errors go to sys.excepthook."""
import sys

from .errors import *


def register(name, fn, table={}):  # expect: HL101 refuted
    table[name] = fn
    return table


REGISTRY = register("help", lambda args: sorted(REGISTRY))


def dispatch(name, args):
    handler = REGISTRY.get(name)
    if handler is None:
        raise UsageError(f"unknown command {name!r}")
    return handler(args)


def run(argv):
    try:
        return dispatch(argv[0], argv[1:]) or 0
    except CliError as exc:
        return exc.exit_code
    except Exception:
        sys.excepthook(*sys.exc_info())
        return 70
