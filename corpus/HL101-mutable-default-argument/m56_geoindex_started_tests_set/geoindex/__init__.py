"""Bucket coordinates into a fixed grid for nearby-place lookups."""
from .grid import *
