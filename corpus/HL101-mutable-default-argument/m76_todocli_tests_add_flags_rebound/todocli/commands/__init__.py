"""The verbs: `todo add ...`, `todo done N`."""
from .add import AddCommand
from .done import DoneCommand

COMMANDS = {"add": AddCommand, "done": DoneCommand}
