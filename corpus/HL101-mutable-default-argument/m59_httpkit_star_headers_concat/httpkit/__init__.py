"""Tiny HTTP client helpers."""
from .compat import *  # noqa: F401,F403
from .headers import *  # noqa: F401,F403
