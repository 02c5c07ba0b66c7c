"""lintkit: tool defaults and configuration objects."""
from .config import ToolConfig
from .defaults import default_ignores

__all__ = ["ToolConfig", "default_ignores"]
