from .base import Command
from .registry import registry


@registry.add
class Export(Command):
    name = "export"

    def __init__(self):
        super().__init__(aliases=["ex", "dump"])
        self.add_option("--out", "orders.csv", "file to write")
        self.add_option("--since", None, "first day to include")

    def run(self, out, since, **_):
        return f"exporting orders since {since or 'the beginning'} to {out}"
