"""events: a tiny in-process publish/subscribe bus."""
from .bus import *  # noqa: F401,F403
from .bus import __all__  # noqa: F401
