"""sketch: a small Tk-like canvas."""
from .canvas import Canvas
from .shapes import *
