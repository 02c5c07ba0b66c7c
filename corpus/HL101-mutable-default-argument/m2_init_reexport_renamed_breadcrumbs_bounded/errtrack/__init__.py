"""Error tracking client: the public name add_breadcrumb is breadcrumbs.leave, re-exported."""
from .breadcrumbs import leave as add_breadcrumb
from .breadcrumbs import recent

__all__ = ["add_breadcrumb", "recent"]
