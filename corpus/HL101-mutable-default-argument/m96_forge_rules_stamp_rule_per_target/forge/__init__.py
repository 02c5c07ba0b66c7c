"""forge: a small build tool. Importing the package loads the builtin rule sets."""
from . import rules_cc, rules_py  # noqa: F401  (they register the builtin rules)
from .builder import build

__all__ = ["build"]
