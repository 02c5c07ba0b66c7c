"""State-machine interface: open figures are tracked until closed."""
import functools

from .figure import Figure

_figures = {}


def figure(num):
    fig = _figures[num] = Figure(num)
    return fig


def close(num="all"):
    nums = list(_figures) if num == "all" else [num]
    for key in nums:
        _figures.pop(key).clear()


def autoclose(func):
    """Close every figure the wrapped function opened, however it exits."""
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        try:
            return func(*args, **kwargs)
        finally:
            close("all")
    return wrapper
