"""catalog: memoized price and stock lookups, plus cache maintenance."""
from . import admin
from .service import *
