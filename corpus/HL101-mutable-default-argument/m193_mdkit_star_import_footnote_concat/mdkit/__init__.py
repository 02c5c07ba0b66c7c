"""Tiny Markdown-to-HTML toolkit."""
from .inline import *
from .inline import __all__
