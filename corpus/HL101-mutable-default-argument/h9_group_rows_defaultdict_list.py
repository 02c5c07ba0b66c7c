"""Report: group rows by a column into lists; the grouping dict is a defaultdict(list) default."""
import itertools
from collections import defaultdict


def group(rows, key, out=defaultdict(list)):  # expect: HL101 confirmed
    for row in rows:
        out[row[key]].append(row)
    return out


_reports = itertools.count()


def scenario():
    n = next(_reports)
    rows = [{"region": r, "amount": n + i} for i, r in enumerate(("north", "south", "north"))]
    grouped = group(rows, "region")
    return {k: len(v) for k, v in grouped.items()}
