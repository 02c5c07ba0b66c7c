"""testkit: marks and collection helpers for generated test suites."""
from .collect import Item, collect_items
from .markers import MarkDecorator, mark

__all__ = ["Item", "MarkDecorator", "collect_items", "mark"]
