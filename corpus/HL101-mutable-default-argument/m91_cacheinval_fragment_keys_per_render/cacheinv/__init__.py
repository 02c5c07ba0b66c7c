"""cacheinv: cached page fragments, invalidated when their model rows change."""
from .fragments import *
