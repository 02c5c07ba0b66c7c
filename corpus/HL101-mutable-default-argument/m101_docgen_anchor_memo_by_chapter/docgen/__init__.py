"""docgen: each chapter is a module; render turns one of its pages into HTML."""
from . import install, usage

CHAPTERS = (install, usage)
