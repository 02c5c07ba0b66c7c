"""telemetry: buffered metrics, shipped in batches by the reporter."""
from . import shortcuts
from .core import record

__all__ = ["record", "shortcuts"]
