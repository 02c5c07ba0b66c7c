"""ingest: pipeline plugins looked up by name; see loader.PIPELINE."""
from .loader import run as run_batch

__all__ = ["run_batch"]
