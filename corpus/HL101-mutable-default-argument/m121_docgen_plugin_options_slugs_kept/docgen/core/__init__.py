"""Page plugin base."""
from .base import *
