"""confkit: layered settings (package defaults < environment < explicit overrides)."""
from .loader import load_settings as load
from .logconf import add_logger

__all__ = ["load", "add_logger"]
