"""conf: per-environment settings objects."""
from .loader import *
