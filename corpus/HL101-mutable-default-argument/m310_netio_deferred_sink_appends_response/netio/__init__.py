"""netio: callback-style networking."""
from .client import *
from .deferred import Deferred
