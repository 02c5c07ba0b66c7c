from .base import Command
from .registry import registry


@registry.add
class Prune(Command):
    name = "prune"

    def __init__(self):
        super().__init__()
        self.add_option("--keep", "90", "days of orders to keep")

    def run(self, keep, **_):
        return f"pruning orders older than {int(keep)} days"
