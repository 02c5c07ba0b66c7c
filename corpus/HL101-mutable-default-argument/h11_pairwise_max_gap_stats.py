"""Monitoring: the largest gap between consecutive heartbeat timestamps is kept in a default dict with two fixed keys."""
import itertools


def record_gaps(timestamps, stats={"max_gap": 0.0, "last": None}):  # expect: HL101 refuted
    for earlier, later in itertools.pairwise(timestamps):
        gap = later - earlier
        if gap > stats["max_gap"]:
            stats["max_gap"] = gap
    stats["last"] = timestamps[-1]
    return stats["max_gap"]


_beats = itertools.count()


def scenario():
    n = next(_beats)
    base = n * 60.0
    return record_gaps([base, base + 5.5, base + 9.25 + n % 7, base + 30.0])
