"""Parse `shipit NAME ARGS...` and run the command class registered as NAME."""
from . import commands as _commands

COMMANDS = {"deploy": _commands.Deploy, "status": _commands.Status}


def main(line):
    name, *argv = line.split()
    command_class = COMMANDS.get(name)
    if command_class is None:
        return f"shipit: unknown command {name!r}"
    return command_class(argv).run()
