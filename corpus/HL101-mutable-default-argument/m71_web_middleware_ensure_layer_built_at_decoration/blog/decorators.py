import functools

from .layers import header
from .site import app


def with_header(name, value):
    """Give a view's responses a header; the layer is installed on first use."""
    layer = header(name, value)

    def decorate(view):
        @functools.wraps(view)
        def wrapper(**params):
            app.ensure(layer)
            return view(**params)

        return wrapper

    return decorate
