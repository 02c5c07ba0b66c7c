"""Event-rate histogram: bucket_counts() bins timestamps into fixed-width
buckets held in a defaultdict default, and the dashboards bind the width with
functools.partial. The time-of-day view wraps the bucket edge modulo one day,
so however many batches arrive there are never more than 24 buckets."""
import collections
import functools
import itertools

_batches = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, bucket_counts grows it; but this application uses bucket_counts as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def bucket_counts(stamps, width, wrap=None, bins=collections.defaultdict(int)):  # expect: HL101 refuted
    for ts in stamps:
        edge = int(ts // width) * width
        bins[edge % wrap if wrap else edge] += 1
    busiest = max(bins, key=bins.get)
    return sorted(bins.items())[-3:], busiest


hour_of_day = functools.partial(bucket_counts, width=3600, wrap=86400)


def scenario():
    n = next(_batches)
    stamps = [1_700_000_000 + n * 3600 + i * 611 for i in range(5)]
    recent, busiest = hour_of_day(stamps)
    return [f"{edge}:{count}" for edge, count in recent], busiest
