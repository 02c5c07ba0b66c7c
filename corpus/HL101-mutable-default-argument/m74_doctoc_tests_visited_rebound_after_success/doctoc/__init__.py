"""doctoc: build tables of contents from '#'-style headed documents."""
from .driver import outline

__all__ = ["outline"]
