"""Batch job runner."""
from .runner import run_step

__all__ = ["run_step"]
