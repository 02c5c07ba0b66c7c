"""Shop app: importing it connects the audit receiver."""
from . import audit  # noqa: F401  (connects its receiver)
