"""buildtool: a tiny build runner with plugin commands."""
from .config import load as load_config
from .core import REGISTRY, run
from . import plugins

__all__ = ["REGISTRY", "load_config", "run"]
