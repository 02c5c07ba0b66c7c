"""Event ingestion: readers turn raw deliveries into rows for the loaders."""
from .fields import require

__version__ = "2.3.0"
