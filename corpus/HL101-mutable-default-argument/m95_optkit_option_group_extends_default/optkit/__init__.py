"""optkit: declarative option groups and a small argv parser."""
from .options import *  # noqa: F401,F403
from .options import __all__ as _option_names
from .parser import parse

__all__ = [*_option_names, "parse"]
