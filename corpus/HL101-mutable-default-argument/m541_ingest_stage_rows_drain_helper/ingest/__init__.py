"""ingest: staging of supplier feed rows before they are written in batches."""
from .stage import stage_rows

__all__ = ["stage_rows"]
