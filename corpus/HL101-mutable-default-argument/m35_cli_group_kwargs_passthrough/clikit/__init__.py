"""clikit: composable command groups."""
from .core import *
from .groups import ContextMixin, LazyGroup

__all__ = ["Command", "Group", "UsageError", "ContextMixin", "LazyGroup"]
