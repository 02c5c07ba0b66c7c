"""Style sheets: named rc-param dicts layered over the defaults."""
from .core import *  # noqa: F401,F403
from .core import __all__  # noqa: F401
from . import builtin  # noqa: F401  (registers the bundled sheets)
