"""Job dashboard: group_by_status() buckets job ids by status into a
defaultdict and returns it; the caller only reads the "failed" bucket.
The buckets are the default argument, but the function clears them before
grouping, so only the latest refresh's ids are ever held."""
import collections
import itertools

_ids = itertools.count()


def group_by_status(rows, groups=collections.defaultdict(list)):  # expect: HL101 refuted
    groups.clear()
    for row in rows:
        groups[row["status"]].append(row["id"])
    return groups


def refresh(batch):
    rows = [{"id": f"job-{batch}-{i}", "status": ("ok", "failed", "running")[i % 3]}
            for i in range(6)]
    groups = group_by_status(rows)
    return len(groups["failed"])


def scenario():
    return refresh(next(_ids))
