"""Id allocator: a never-ending generator records every id it hands out in a default list; one generator is made at import and advanced per call."""
import itertools


def id_stream(prefix, issued=[]):  # expect: HL101 confirmed
    n = 0
    while True:
        n += 1
        ident = f"{prefix}-{n:06d}"
        issued.append(ident)
        yield ident


_ids = id_stream("ord")


def new_order(customer):
    return {"id": next(_ids), "customer": customer}


_customers = itertools.count()


def scenario():
    return new_order(f"cust-{next(_customers)}")
