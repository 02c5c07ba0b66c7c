"""status TARGET"""
from ..cli import command
from .base import Command


@command("status")
class Status(Command):
    def execute(self, target):
        last, version = self.state.get("last", (None, "unknown"))
        if last != target:
            version = "unknown"
        return f"{target} runs {version}"
