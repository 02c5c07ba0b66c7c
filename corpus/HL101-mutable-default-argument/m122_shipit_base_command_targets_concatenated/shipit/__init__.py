"""shipit: a deploy CLI whose commands are classes looked up by name."""
from .cli import main

__all__ = ["main"]
