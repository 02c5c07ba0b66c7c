"""appkit: settings objects and profile loading."""
from .loader import load
from .settings import Settings

__all__ = ["Settings", "load"]
