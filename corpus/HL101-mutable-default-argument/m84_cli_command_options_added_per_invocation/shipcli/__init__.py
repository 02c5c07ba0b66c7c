"""shipcli: a small command-line tool for the order warehouse."""
from . import export, prune  # noqa: F401  (command modules register themselves)
from .registry import main, registry

__all__ = ["main", "registry"]
