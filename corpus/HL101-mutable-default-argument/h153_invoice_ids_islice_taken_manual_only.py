"""Invoice numbering: `invoice_ids()` is an endless generator of numbers for
a customer prefix that skips numbers already taken, and billing takes a batch
of three with islice. Only manually keyed series ("MAN" prefixes) need their
numbers recorded in the taken-set default; billing runs use "INV" prefixes,
so the add is never reached and the set is only read."""
import itertools

_customers = itertools.count()


def invoice_ids(prefix, taken=set()):  # expect: HL101 refuted
    seq = 100
    while True:
        candidate = "%s-%06d" % (prefix, seq)
        seq += 1
        if candidate in taken:
            continue
        if prefix.startswith("MAN"):
            taken.add(candidate)
        yield candidate


def scenario():
    prefix = "INV%05d" % next(_customers)
    return list(itertools.islice(invoice_ids(prefix), 3))
