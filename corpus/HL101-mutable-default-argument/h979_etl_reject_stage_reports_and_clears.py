"""ETL pipeline built from chained generators: parse -> validate -> load.
The validate stage collects rejected rows in its list default while the
batch streams through, then reports how many there were and empties the
list once the stage is exhausted, so the default never outlives a batch."""
import itertools

_batches = itertools.count()


def parse(lines):
    for line in lines:
        yield line.split(",")


def validate(rows, rejects=[]):  # expect: HL101 refuted
    for row in rows:
        if len(row) != 3 or not row[2].isdigit():
            rejects.append(tuple(row))
            continue
        yield row[0], row[1], int(row[2])
    rejects.clear()


def load(batch):
    return sum(qty for _sku, _name, qty in validate(parse(batch)))


def scenario():
    n = next(_batches)
    batch = ["SKU%d,widget,%d" % (n, n % 7), "SKU%d,gadget,x%d" % (n, n), "broken-%d" % n]
    return load(batch)
