"""Build the parser for one sub-command and run the handler it selects."""
import argwire

from . import handlers


def run(command, argv):
    parser = argwire.Parser(f"jobq {command}")
    parser.set_defaults(func=getattr(handlers, command))
    ns = parser.parse_args(argv)
    return ns.func(ns)
