"""ingest: parse -> dedupe -> enrich, composed from generator stages."""
from .pipeline import run_pipeline

__all__ = ["run_pipeline"]
