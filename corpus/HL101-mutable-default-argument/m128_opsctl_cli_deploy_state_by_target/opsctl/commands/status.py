"""status TARGET"""
from ..cli import command
from .base import Command


@command("status")
class Status(Command):
    def execute(self, target):
        version = self.state.get(target, "unknown")
        return f"{target} runs {version}"
