"""todocli: a to-do list on the command line, one Command subclass per verb."""
from .commands import COMMANDS


def run(argv, store):
    verb, *rest = argv
    return COMMANDS[verb](rest).execute(store)
