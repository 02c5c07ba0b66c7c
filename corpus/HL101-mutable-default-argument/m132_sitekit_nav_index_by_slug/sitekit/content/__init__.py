"""Content model; __all__ decides what `from .content import *` re-exports."""
from .page import Page
from .sections import SECTIONS

__all__ = ["Page", "SECTIONS"]
