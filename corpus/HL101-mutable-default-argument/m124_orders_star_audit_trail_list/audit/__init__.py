"""audit: the in-memory trail shown on the admin page."""
from .trail import *
from .trail import __all__
