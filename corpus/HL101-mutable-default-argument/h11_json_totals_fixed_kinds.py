"""Dashboard: JSON event batches are totalled per kind in a default dict; the kinds come from a fixed set, so only the totals change."""
import itertools
import json

KINDS = ("view", "click", "purchase")


def add_batch(payload, totals={}):  # expect: HL101 refuted
    for event in json.loads(payload):
        kind = event["kind"]
        totals[kind] = totals.get(kind, 0) + event["value"]
    return dict(totals)


_batches = itertools.count()


def scenario():
    n = next(_batches)
    events = [{"kind": KINDS[(n + i) % 3], "value": n * 10 + i, "id": f"ev{n}-{i}"} for i in range(4)]
    return add_batch(json.dumps(events))["view"]
