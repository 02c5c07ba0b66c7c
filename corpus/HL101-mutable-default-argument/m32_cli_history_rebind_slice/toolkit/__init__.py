"""`tk` command-line tool: command table and shell-style history."""
from .history import *
from .commands import run

__all__ = ["MAX_HISTORY", "remember", "run"]
