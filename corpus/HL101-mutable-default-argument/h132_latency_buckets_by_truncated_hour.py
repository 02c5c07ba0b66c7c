"""Latency rollup for an ops dashboard. `record()` files each scraped sample
in a default defaultdict of per-bucket lists and trims every bucket to its
last SAMPLES values; failed probes (negative latency) are skipped. Buckets are
the sample time truncated to the hour, a datetime: one new bucket per hour
of uptime, and nothing ever drops an old one."""
import itertools
from collections import defaultdict
from datetime import datetime, timedelta

_scrapes = itertools.count()
SAMPLES = 4
EPOCH = datetime(2024, 5, 6, 8, 0)


def record(scrape, _buckets=defaultdict(list)):  # expect: HL101 confirmed
    bucket = None
    for ts, ms in scrape:
        if ms < 0:
            continue
        bucket = _buckets[ts.replace(minute=0, second=0, microsecond=0)]
        bucket.append(ms)
        del bucket[:-SAMPLES]
    if bucket is None:
        return None
    return "p50=%.1fms max=%.1fms" % (sorted(bucket)[len(bucket) // 2], max(bucket))


def scenario():
    n = next(_scrapes)
    start = EPOCH + timedelta(hours=n, minutes=n % 50)
    scrape = [(start + timedelta(seconds=15 * i), (n * 31 + i * 17) % 900 / 4) for i in range(6)]
    scrape.append((start, -1.0))
    return record(scrape)
