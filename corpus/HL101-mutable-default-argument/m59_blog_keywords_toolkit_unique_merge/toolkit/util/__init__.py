from .seq import *  # noqa: F401,F403
from .seq import __all__ as _seq_all

try:
    from ._cseq import *  # noqa: F401,F403  optional compiled versions
except ImportError:
    pass

__all__ = list(_seq_all)
