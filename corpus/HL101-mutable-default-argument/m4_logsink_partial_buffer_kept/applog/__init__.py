import functools

from .sink import emit

warning = functools.partial(emit, level="WARNING")
error = functools.partial(emit, level="ERROR")
