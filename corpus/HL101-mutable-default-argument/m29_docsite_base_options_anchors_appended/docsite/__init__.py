"""Static documentation site generator."""
from .render import *  # noqa: F401,F403
