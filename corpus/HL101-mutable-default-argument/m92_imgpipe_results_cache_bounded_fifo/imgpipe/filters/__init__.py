"""Built-in filters; importing the modules registers them."""
from . import color, geometry  # noqa: F401
