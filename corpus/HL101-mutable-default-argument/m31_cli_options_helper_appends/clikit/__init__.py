from .commands import command, invoke

__all__ = ["command", "invoke"]
