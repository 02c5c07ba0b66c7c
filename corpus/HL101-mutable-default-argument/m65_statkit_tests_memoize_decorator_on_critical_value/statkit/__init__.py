"""statkit: small descriptive statistics helpers."""
from .stats import *
from .stats import __all__
