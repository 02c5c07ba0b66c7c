from .commands import rsync_command

__all__ = ["rsync_command"]
