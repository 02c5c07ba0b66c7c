"""weblogs: parse access-log lines and report on them."""
from .parsing import *  # noqa: F401,F403
from .parsing import __all__ as _parsing_all

__all__ = list(_parsing_all)
