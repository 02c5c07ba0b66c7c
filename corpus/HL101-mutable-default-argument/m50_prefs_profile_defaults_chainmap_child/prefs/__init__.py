"""prefs: per-user preferences layered over product defaults."""
from . import profiles as _profiles
from .layers import Layered
from .profiles import *

__all__ = ["Layered", *_profiles.__all__]
