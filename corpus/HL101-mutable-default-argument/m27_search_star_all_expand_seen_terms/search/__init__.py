"""Query processing for the product search."""
from .core import *  # noqa: F401,F403
from .core import __all__  # noqa: F401
