"""The dispatcher: a table from command name to command class."""
from manage.commands.flush import FlushCommand
from manage.commands.check import CheckCommand

COMMANDS = {"flush": FlushCommand, "check": CheckCommand}


def execute(argv):
    name, *rest = argv
    return COMMANDS[name]().run(rest)
