"""authz: role-based permissions; importing the package loads the role modules."""
from . import admin_role, viewer_role  # noqa: F401  (each grants its permissions)
from .access import require

__all__ = ["require"]
