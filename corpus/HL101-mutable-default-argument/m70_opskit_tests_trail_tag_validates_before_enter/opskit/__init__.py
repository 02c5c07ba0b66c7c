"""opskit: release commands for the operations team."""
from .cli import COMMANDS, main
from . import commands

__all__ = ["COMMANDS", "main"]
