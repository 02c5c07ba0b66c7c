"""exportcli: export order lines in several formats."""
from . import plugins
