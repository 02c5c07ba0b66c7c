"""bus: job events shared by the workers."""
from .core import *  # noqa: F401,F403
