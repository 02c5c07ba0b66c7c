"""Shop app: models send signals; audit receivers are connected when the app is imported."""
from . import audit  # noqa: F401  (connects the receivers)
