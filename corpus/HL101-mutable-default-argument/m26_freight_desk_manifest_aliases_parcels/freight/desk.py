"""Desk: the latest manifest of each route stays open until departure."""
from .manifest import Manifest

ROUTES = ("HAM-RTM", "RTM-ANR", "ANR-LEH")
OPEN = {}


def open_manifest(route, parcels=[]):  # expect: HL101 confirmed
    if route not in ROUTES:
        raise ValueError(f"unknown route {route!r}")
    manifest = Manifest(route, parcels)
    OPEN[route] = manifest
    return manifest
