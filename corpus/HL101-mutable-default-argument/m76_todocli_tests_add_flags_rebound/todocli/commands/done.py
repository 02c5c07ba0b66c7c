"""todo done N: mark item N (0-based) as done."""
from ..base import Command


class DoneCommand(Command):
    def execute(self, store):
        item = store[int(self.words[0])]
        item["done"] = True
        return item
