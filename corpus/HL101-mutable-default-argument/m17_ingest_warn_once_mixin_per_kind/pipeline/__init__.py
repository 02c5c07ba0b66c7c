"""Ingest pipelines: turn raw tracking events into warehouse rows."""
from .events import EventPipeline

__all__ = ["EventPipeline"]
