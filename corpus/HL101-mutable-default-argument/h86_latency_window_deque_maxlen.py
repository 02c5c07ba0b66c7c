"""Connection pool health: rolling latency window per pool, p95 used to pick the fastest pool."""
import collections
import itertools


def record_latency(pool, millis, window=collections.deque(maxlen=128)):  # expect: HL101 refuted
    window.append((pool, millis))
    samples = sorted(ms for name, ms in window if name == pool)
    return samples[int(len(samples) * 0.95) - 1] if len(samples) > 1 else millis


def fastest(pools, timings):
    p95 = {pool: record_latency(pool, timings[pool]) for pool in pools}
    return min(p95, key=p95.get)


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    pools = [f"db-{region}" for region in ("eu", "us", "ap")]
    timings = {pool: (n * 7 + i * 13) % 90 + 0.5 for i, pool in enumerate(pools)}
    return fastest(pools, timings)
