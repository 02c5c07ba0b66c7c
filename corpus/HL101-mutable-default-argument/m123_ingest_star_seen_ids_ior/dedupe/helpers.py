__all__ = ["seen_ids"]


def seen_ids(cache=set()):  # expect: HL101 confirmed
    """The ids this worker has handled; pass `cache` to isolate a run.

    Returns the default set itself; ingest.filters.unique adds each event id
    to it in place with `|=`, so it keeps one id per event.
    """
    return cache


def _describe():
    return "seen-id cache"
