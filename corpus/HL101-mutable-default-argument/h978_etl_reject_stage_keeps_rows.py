"""ETL pipeline built from chained generators: parse -> validate -> load.
The validate stage records every rejected row in its list default so a
report can be printed; nothing ever empties that list, so rejects from
every batch pile up in the shared default."""
import itertools

_batches = itertools.count()


def parse(lines):
    for line in lines:
        yield line.split(",")


def validate(rows, rejects=[]):  # expect: HL101 confirmed
    for row in rows:
        if len(row) != 3 or not row[2].isdigit():
            rejects.append(tuple(row))
            continue
        yield row[0], row[1], int(row[2])


def load(batch):
    return sum(qty for _sku, _name, qty in validate(parse(batch)))


def scenario():
    n = next(_batches)
    batch = ["SKU%d,widget,%d" % (n, n % 7), "SKU%d,gadget,x%d" % (n, n), "broken-%d" % n]
    return load(batch)
