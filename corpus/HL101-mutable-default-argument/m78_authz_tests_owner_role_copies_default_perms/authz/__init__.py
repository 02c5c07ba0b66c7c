"""authz: per-document roles and the edit check the views call."""
from .access import can_edit
from .rolebase import *

__all__ = ["Role", "can_edit"]
