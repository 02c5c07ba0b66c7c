"""CSV export of dataclass records: `column_order()` gathers the field names of
every record in a batch (invoices and credit notes mixed) and the header is
the de-duplicated order. The order list is the default and is extended with
every record's fields on every export, so it grows with each batch."""
import dataclasses
import itertools

_batches = itertools.count()


@dataclasses.dataclass
class Invoice:
    number: str
    total: float
    currency: str = "EUR"


@dataclasses.dataclass
class CreditNote(Invoice):
    reason: str = ""


def column_order(records, order=[]):  # expect: HL101 confirmed
    for record in records:
        order.extend(f.name for f in dataclasses.fields(record) if f.repr)
    return list(dict.fromkeys(order))


def to_csv(records):
    header = column_order(records)
    rows = [",".join("{}".format(getattr(r, name, "")) for name in header) for r in records]
    return "\n".join([",".join(header)] + rows)


def scenario():
    n = next(_batches)
    batch = [Invoice("INV-%d" % n, n * 1.5), CreditNote("CN-%d" % n, -2.0, reason="damaged")]
    return to_csv(batch)
