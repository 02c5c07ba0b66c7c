"""Invoice numbering: `invoice_ids()` is an endless generator of numbers for
a customer prefix that skips numbers already taken, and billing takes a batch
of three with islice. Every number handed out is recorded in the taken-set
default, and each customer has a new prefix, so the set gains three
invoice numbers per batch and never loses them."""
import itertools

_customers = itertools.count()


def invoice_ids(prefix, taken=set()):  # expect: HL101 confirmed
    seq = 100
    while True:
        candidate = "%s-%06d" % (prefix, seq)
        seq += 1
        if candidate in taken:
            continue
        taken.add(candidate)
        yield candidate


def scenario():
    prefix = "INV%05d" % next(_customers)
    return list(itertools.islice(invoice_ids(prefix), 3))
