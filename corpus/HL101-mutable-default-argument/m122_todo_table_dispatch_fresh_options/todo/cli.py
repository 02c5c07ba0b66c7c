"""Dispatch a command line to the command of that name through a table."""
from . import commands

TABLE = {"add": commands.add, "list": commands.list_items}


def run(line):
    name, *args = line.split()
    if name not in TABLE:
        return f"todo: unknown command {name!r}"
    return TABLE[name](args, {})  # every command line gets its own options
