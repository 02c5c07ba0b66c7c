"""clitool: `tool <command> [args...]`, one plugin module per command."""
from .app import main
from .loader import load_command

__all__ = ["main", "load_command"]
