"""catalog: product records built on Model."""
from .products import *
