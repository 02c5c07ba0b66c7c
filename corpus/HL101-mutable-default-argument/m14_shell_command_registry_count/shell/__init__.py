"""Tiny command shell: commands register themselves by name at import."""
import shlex

from .registry import COMMANDS
from . import commands  # noqa: F401  (registers the built-in commands)


def dispatch(line):
    name, *args = shlex.split(line)
    handler = COMMANDS.get(name)
    if handler is None:
        return f"unknown command {name!r}"
    return handler(args)
