"""Maintenance hooks the importer runs between batches."""
import inspect

from . import lookup


def reset_caches():
    """Forget memoized geocodes so the next batch sees fresh provider data."""
    inspect.unwrap(lookup.resolve).__defaults__ = ({},)
