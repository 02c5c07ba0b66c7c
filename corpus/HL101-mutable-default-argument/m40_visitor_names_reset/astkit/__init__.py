"""A tiny expression AST and a visitor base class."""
from . import nodes, visitor
from .nodes import *
from .visitor import *

__all__ = nodes.__all__ + visitor.__all__
