"""Docs site: every page view is tracked with the experiments the visitor is enrolled in."""
import itertools

from analytics.tracking import track

_views = itertools.count()


def scenario():
    n = next(_views)
    sink = {}
    arms = {f"exp{n}": "variant" if n % 2 else "control"}  # each launch gets a new experiment id
    track(sink, f"visitor-{n}", f"/docs/page-{n % 9}", arms)
    return sink["page_views"][0]
