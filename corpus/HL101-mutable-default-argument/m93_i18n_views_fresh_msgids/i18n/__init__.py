"""i18n: `from i18n import *` gives views the usual `_` shortcut."""
from .catalog import gettext as _

__all__ = ["_"]
