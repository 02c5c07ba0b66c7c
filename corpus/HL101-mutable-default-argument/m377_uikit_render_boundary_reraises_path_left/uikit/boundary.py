"""ErrorBoundary: notes a RenderError on the widget and lets it propagate to the caller."""
from .errors import RenderError


class ErrorBoundary:
    def __init__(self, widget):
        self.widget = widget

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None and issubclass(exc_type, RenderError):
            self.widget.placeholder = f"<div class='error'>{exc}</div>"
            return False
        return False
