"""Helpers shared by the blog and the admin site."""
from .util import *  # noqa: F401,F403
from .util import __all__  # noqa: F401
