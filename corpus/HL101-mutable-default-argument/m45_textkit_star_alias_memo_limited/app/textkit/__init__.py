from .slugs import *
from .slugs import __all__
