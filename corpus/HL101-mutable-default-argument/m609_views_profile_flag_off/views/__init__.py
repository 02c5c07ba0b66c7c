"""Page views."""
from .render import *
