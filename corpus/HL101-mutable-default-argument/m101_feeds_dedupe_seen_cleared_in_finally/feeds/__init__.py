"""feeds: parse raw lines, drop repeated guids, keep the first few."""
from .dedupe import *  # noqa: F401,F403
from .poller import *  # noqa: F401,F403
from . import dedupe, poller

__all__ = dedupe.__all__ + poller.__all__
