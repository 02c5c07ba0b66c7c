from .collect import VariableCollector
from .nodes import Node, parse

__all__ = ["Node", "VariableCollector", "parse"]
