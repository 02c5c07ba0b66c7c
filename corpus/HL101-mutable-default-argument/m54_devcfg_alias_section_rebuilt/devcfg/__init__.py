"""devcfg: layered settings for the dev command-line tools."""
from .loader import *  # noqa: F401,F403
from .rcfile import parse_rc
from . import loader as _loader

__all__ = _loader.__all__ + ["parse_rc"]
