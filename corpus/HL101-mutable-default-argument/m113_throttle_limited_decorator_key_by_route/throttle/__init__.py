"""throttle: rate-limit decorators; the public names come from decorators.__all__."""
from .decorators import *
