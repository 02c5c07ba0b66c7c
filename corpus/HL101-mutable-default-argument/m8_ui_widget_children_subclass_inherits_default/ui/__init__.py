from .base import Widget
from .panels import Panel, Toolbar

__all__ = ["Widget", "Panel", "Toolbar"]
