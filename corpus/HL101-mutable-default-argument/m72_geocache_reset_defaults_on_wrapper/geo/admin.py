"""Maintenance hooks the importer runs between batches."""
from . import lookup


def reset_caches():
    """Forget memoized geocodes so the next batch sees fresh provider data."""
    lookup.resolve.__defaults__ = ({},)
