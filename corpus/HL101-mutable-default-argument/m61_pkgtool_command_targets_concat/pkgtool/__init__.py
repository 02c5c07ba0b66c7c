"""pkgtool: a small package manager with command plugins."""
from . import plugins
