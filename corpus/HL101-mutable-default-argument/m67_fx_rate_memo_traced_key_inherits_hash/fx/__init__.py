"""fx: currency conversion with memoized daily rates."""
from .keys import *
from .rates import convert
