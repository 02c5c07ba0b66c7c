"""Tiny order database client with built-in query metrics."""

from .queries import run_query as fetch_rows

__all__ = ["fetch_rows"]
