"""CSV export of dataclass records: `column_order()` gathers the field names of
every record in a batch (invoices and credit notes mixed) into the default
order list, appending a name only when it is not there yet. The list is
mutated on every export but holds at most the module's distinct field names."""
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


def column_order(records, order=[]):  # expect: HL101 refuted
    for record in records:
        for field in dataclasses.fields(record):
            if field.repr and field.name not in order:
                order.append(field.name)
    return list(order)


def to_csv(records):
    header = column_order(records)
    rows = [",".join("{}".format(getattr(r, name, "")) for name in header) for r in records]
    return "\n".join([",".join(header)] + rows)


def scenario():
    n = next(_batches)
    batch = [Invoice("INV-%d" % n, n * 1.5), CreditNote("CN-%d" % n, -2.0, reason="damaged")]
    return to_csv(batch)
