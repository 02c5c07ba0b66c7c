"""The SQL layer: statement builders and an in-memory connection."""
from .conn import *
from .query import *
