"""Loading dock: every scanned parcel goes onto a manifest for its route."""
import itertools

from freight import ROUTES, open_manifest

_parcels = itertools.count()


def scenario():
    n = next(_parcels)
    manifest = open_manifest(ROUTES[n % len(ROUTES)])
    return manifest.load(f"PCL-{n:08d}", 1 + n % 17)
