"""auditcli: metadata checks for package releases."""
from .commands import check

__all__ = ["check"]
