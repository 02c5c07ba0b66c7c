"""textcorp: corpus views over plain-text collections."""
from .util import *

__version__ = "0.9.2"
