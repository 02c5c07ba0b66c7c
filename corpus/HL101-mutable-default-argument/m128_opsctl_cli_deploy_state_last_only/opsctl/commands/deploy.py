"""deploy TARGET VERSION"""
from ..cli import command
from .base import Command


@command("deploy")
class Deploy(Command):
    def execute(self, target, version):
        self.state["last"] = (target, version)
        return f"deployed {version} to {target}"
