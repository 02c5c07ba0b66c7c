"""deployctl: an interactive deployment shell."""
from .core import run
from .errors import install_crash_reporter
from . import plugins

CRASHES = install_crash_reporter()
