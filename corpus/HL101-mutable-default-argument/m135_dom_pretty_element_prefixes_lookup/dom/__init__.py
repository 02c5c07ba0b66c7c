"""dom: a small XML node tree with namespace-aware serialisation."""
from .node import CData, Node, Text
from .nodes import Comment, Element

__all__ = ["Node", "Text", "CData", "Element", "Comment"]
