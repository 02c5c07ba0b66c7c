__all__ = ["seen_ids"]


def seen_ids(cache=set()):  # expect: HL101 refuted
    """The ids this worker has handled; pass `cache` to isolate a run.

    Returns the default set itself, but ingest.filters.unique only builds a
    new set with `|` and rebinds its local name, so the default stays empty.
    """
    return cache


def _describe():
    return "seen-id cache"
