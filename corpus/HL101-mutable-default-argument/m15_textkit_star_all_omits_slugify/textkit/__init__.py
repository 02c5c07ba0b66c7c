"""Text helpers; the optional `memo` module replaces the names it exports."""
from .plain import *  # noqa: F403
from .memo import *  # noqa: F403
