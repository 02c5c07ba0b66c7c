"""Bundled plugins. Importing the package connects the process-wide ones."""
from . import stats  # noqa: F401  (connects at import)
