"""Freight desk: loads parcels onto per-route manifests."""
from .desk import ROUTES, open_manifest

__all__ = ["ROUTES", "open_manifest"]
