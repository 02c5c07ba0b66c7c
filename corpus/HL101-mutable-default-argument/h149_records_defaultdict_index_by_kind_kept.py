"""Inventory sync: incoming records are grouped by their record class into a
defaultdict index and summarised; records without a SKU are skipped. Nothing
empties the index between batches, so the SKU lists under each record kind
in the shared default grow batch after batch."""
import collections
import itertools

_batches = itertools.count()
Item = collections.namedtuple("Item", "sku qty")
Removal = collections.namedtuple("Removal", "sku reason")


def summarise(records, _by_kind=collections.defaultdict(list)):  # expect: HL101 confirmed
    for rec in records:
        if not rec.sku:
            continue
        _by_kind[type(rec).__name__].append(rec.sku)
    busiest = max(_by_kind, key=lambda kind: len(_by_kind[kind]))
    return "%s: %d (%s)" % (busiest, len(_by_kind[busiest]), ", ".join(sorted(_by_kind[busiest])[:2]))


def scenario():
    n = next(_batches)
    batch = [Item("SKU-%d" % n, n % 5), Item("SKU-%d" % (n + 1), 1), Removal("SKU-%d" % (n - 1), "damaged")]
    if n % 4 == 0:
        batch.append(Removal("", "unknown"))
    return summarise(batch)
