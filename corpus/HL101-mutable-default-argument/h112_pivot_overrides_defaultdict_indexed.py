"""Pivot-table utilities: `pivot` sums (region, month, amount) records into a
region x month grid, then adds manual adjustments from an `overrides` default,
a `defaultdict(float)` so that missing cells read as zero. Indexing a
defaultdict with a missing key inserts it, and every report covers new months."""
import collections
import itertools

_ids = itertools.count()


def pivot(records, overrides=collections.defaultdict(float)):  # expect: HL101 confirmed
    grid = {}
    for region, month, amount in records:
        row = grid.setdefault(region, {})
        row[month] = row.get(month, 0.0) + amount
    months = sorted({month for _, month, _ in records})

    def cell(region, month):
        return round(grid[region].get(month, 0.0) + overrides[(region, month)], 2)

    return {region: [cell(region, m) for m in months] for region in sorted(grid)}


def scenario():
    n = next(_ids)
    months = [f"{2000 + (n + k) // 12}-{(n + k) % 12 + 1:02d}" for k in range(3)]
    records = [(region, month, (n * 7 + i) % 50 + 0.25)
               for i, (region, month) in enumerate(itertools.product(("EMEA", "APAC"), months))]
    return pivot(records)
