"""hookbus: topic -> receivers, delivered in subscription order."""
from .bus import *  # noqa: F401,F403
from .delivery import *  # noqa: F401,F403
from . import bus, delivery

__all__ = bus.__all__ + delivery.__all__
