"""chatops: slash commands for the deploy bot."""
from . import commands, parsing
from .commands import *
from .parsing import *

__all__ = commands.__all__ + parsing.__all__
