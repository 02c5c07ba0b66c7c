"""uikit: widgets render to HTML; render errors are contained by an ErrorBoundary."""
from .errors import RenderError
from .widgets import Chart, Label
from .render import render

__all__ = ["Chart", "Label", "RenderError", "render"]
