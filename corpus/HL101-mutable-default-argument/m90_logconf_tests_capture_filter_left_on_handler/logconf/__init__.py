"""logconf: configure loggers from a plain dict."""
from .config import *
from .handlers import *
