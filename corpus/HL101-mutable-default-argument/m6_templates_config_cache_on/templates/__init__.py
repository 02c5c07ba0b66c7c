from .engine import render

__all__ = ["render"]
