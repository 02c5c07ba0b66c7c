"""The shipit commands; they only read self.options."""
from .base import Command


class Deploy(Command):
    def run(self):
        targets = self.options.get("targets", []) + self.argv
        return f"deploying {', '.join(self.argv)} ({len(targets)} queued)"


class Status(Command):
    def run(self):
        return f"{len(self.options.get('targets', []))} target(s) queued"
