"""logtext: turn raw multi-line log output back into whole records."""
from .assembler import *
from .pipeline import run

__version__ = "1.3.0"
