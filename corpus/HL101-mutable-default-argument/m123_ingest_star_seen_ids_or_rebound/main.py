"""Event ingest: each call accepts one new click event through the "unique" filter."""
import itertools

from ingest import pipeline

_events = itertools.count()


def scenario():
    n = next(_events)
    event = {"id": f"evt-{n:07d}", "kind": "click"}
    return pipeline.accept(event, filter_name="unique")
