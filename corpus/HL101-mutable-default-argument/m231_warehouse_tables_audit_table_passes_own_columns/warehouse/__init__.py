"""Staging tables for the nightly warehouse load."""
from .base import Table

__all__ = ["Table"]
