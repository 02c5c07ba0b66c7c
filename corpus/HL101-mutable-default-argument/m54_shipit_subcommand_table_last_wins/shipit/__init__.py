"""shipit: push builds to deployment targets."""
from .app import run
from .registry import Command, subcommand

__all__ = ["Command", "run", "subcommand"]
__version__ = "0.9.2"
