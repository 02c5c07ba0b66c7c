"""ui: a tiny widget toolkit for server-rendered pages."""
from .controls import Label
from .panels import Panel

__all__ = ["Label", "Panel"]
