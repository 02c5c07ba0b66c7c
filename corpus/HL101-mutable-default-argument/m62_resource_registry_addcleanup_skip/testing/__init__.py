"""In-house helpers on top of unittest."""
from .base import *
