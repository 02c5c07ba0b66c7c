"""catalog: memoized price and stock lookups, plus cache maintenance."""
from .service import *
from .admin import clear_caches
