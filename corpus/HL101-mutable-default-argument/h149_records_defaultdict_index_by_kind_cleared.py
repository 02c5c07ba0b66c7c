"""Inventory sync: incoming records are grouped by their record class into a
defaultdict scratch index, summarised, and the index is emptied in a
`finally` so the next batch starts fresh, even when a batch is rejected."""
import collections
import itertools

_batches = itertools.count()
Item = collections.namedtuple("Item", "sku qty")
Removal = collections.namedtuple("Removal", "sku reason")


def summarise(records, _by_kind=collections.defaultdict(list)):  # expect: HL101 refuted
    try:
        for rec in records:
            if not rec.sku:
                raise ValueError("record without sku")
            _by_kind[type(rec).__name__].append(rec.sku)
        busiest = max(_by_kind, key=lambda kind: len(_by_kind[kind]))
        return "%s: %d (%s)" % (busiest, len(_by_kind[busiest]), ", ".join(sorted(_by_kind[busiest])[:2]))
    finally:
        _by_kind.clear()


def scenario():
    n = next(_batches)
    batch = [Item("SKU-%d" % n, n % 5), Item("SKU-%d" % (n + 1), 1), Removal("SKU-%d" % (n - 1), "damaged")]
    if n % 4 == 0:
        batch.append(Removal("", "unknown"))
    try:
        return summarise(batch)
    except ValueError as exc:
        return "rejected: %s" % exc
