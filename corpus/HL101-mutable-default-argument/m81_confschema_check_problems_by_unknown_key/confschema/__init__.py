"""confschema: declare the options a service accepts and check configs against them."""
from .fields import *
from .checks import *

__all__ = fields.__all__ + checks.__all__
