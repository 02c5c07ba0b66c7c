"""lintkit: a small line-based linter with pluggable checkers."""
from . import checkers
from .linter import Linter

__all__ = ["Linter", "lint"]


def lint(source, filename="<string>", options=None):
    linter = Linter(options) if options is not None else Linter()
    checkers.register_all(linter)
    return linter.check(source, filename)
