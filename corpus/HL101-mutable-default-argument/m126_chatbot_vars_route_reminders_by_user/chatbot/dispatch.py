"""Dispatch: `/name args` runs commands.cmd_<name>, found in the module's namespace."""
from . import commands


def handle(user, line):
    name, _, arg = line.lstrip("/").partition(" ")
    try:
        fn = vars(commands)["cmd_" + name]
    except KeyError:
        return f"unknown command /{name}"
    return fn(user, arg)
