"""Event batcher: groups events by tenant, hands the batches out, empties the buckets."""
import collections
import itertools


def batch_by_tenant(events, buckets=collections.defaultdict(list)):  # expect: HL101 refuted
    for event in events:
        buckets[event["tenant"]].append(event)
    batches = dict(buckets)
    buckets.clear()
    return batches


_events = itertools.count()


def scenario():
    n = next(_events)
    events = [{"tenant": f"t{n}", "id": n}, {"tenant": f"t{n + 1}", "id": n}]
    return len(batch_by_tenant(events))
