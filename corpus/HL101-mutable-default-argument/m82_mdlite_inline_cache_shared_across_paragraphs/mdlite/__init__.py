"""mdlite: a markdown-like renderer (headings, paragraphs, inline markup)."""
from .block import render

__all__ = ["render"]
