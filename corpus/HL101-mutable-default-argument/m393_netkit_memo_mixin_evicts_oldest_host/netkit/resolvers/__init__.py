"""Resolvers for the names services use to find each other."""
from .hosts import HostResolver

__all__ = ["HostResolver"]
