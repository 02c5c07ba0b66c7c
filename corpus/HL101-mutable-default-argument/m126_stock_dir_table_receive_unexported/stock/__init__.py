"""stock: warehouse actions; the public ones are re-exported from .handlers."""
from .handlers import *
