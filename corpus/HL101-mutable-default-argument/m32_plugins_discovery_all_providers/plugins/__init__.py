"""Entry-point style plugin loading for per-tenant hooks."""
from .registry import FACTORIES, register_factory
from .manager import PluginManager

__all__ = ["FACTORIES", "PluginManager", "register_factory"]
