"""Event-rate histogram: bucket_counts() bins timestamps into fixed-width
buckets held in a defaultdict default, and the dashboards bind the width with
functools.partial. The hourly view keys buckets by the absolute epoch hour,
so each new batch of later timestamps opens buckets that are never dropped."""
import collections
import functools
import itertools

_batches = itertools.count()


def bucket_counts(stamps, width, wrap=None, bins=collections.defaultdict(int)):  # expect: HL101 confirmed
    for ts in stamps:
        edge = int(ts // width) * width
        bins[edge % wrap if wrap else edge] += 1
    busiest = max(bins, key=bins.get)
    return sorted(bins.items())[-3:], busiest


hourly = functools.partial(bucket_counts, width=3600)


def scenario():
    n = next(_batches)
    stamps = [1_700_000_000 + n * 3600 + i * 611 for i in range(5)]
    recent, busiest = hourly(stamps)
    return [f"{edge}:{count}" for edge, count in recent], busiest
