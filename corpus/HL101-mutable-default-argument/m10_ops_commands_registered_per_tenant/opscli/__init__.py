"""A tiny command registry: @command("name") registers a handler, run(argv) dispatches."""
from .registry import command, run

__all__ = ["command", "run"]
