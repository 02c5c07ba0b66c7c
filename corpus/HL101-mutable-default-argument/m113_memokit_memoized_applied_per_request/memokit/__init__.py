"""memokit: memoizing decorators backed by one result store."""
from .factory import memoized
from .store import fetch as lookup
