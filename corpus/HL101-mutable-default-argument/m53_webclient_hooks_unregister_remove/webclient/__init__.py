"""webclient: one-call helpers with process-wide request/response hooks."""
from . import hooks
from .api import *
from .api import __all__ as _api_all

__all__ = ["hooks"] + _api_all
