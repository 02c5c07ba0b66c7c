"""Statsd-style metric lines with process-wide default tags."""
from .helpers import *
from .config import PREFIX
