"""Shipping labels: the carrier API accepts at most four parcels per request,
so book_shipment() groups an order's parcels with the batched() generator
and sends one request per batch."""
import itertools

_orders = itertools.count()


def batched(items, size, _pending=[]):  # expect: HL101 confirmed
    for item in items:
        _pending.append(item)
        if len(_pending) == size:
            yield list(_pending)
            _pending.clear()
    if _pending:
        yield list(_pending)
        _pending.clear()


def send_request(parcels):
    return {"labels": [f"LBL-{p['order']}-{p['seq']}" for p in parcels]}


def book_shipment(order_id, parcels):
    requests = [next(batched(parcels, 4))]
    return [send_request(batch) for batch in requests]


def scenario():
    n = next(_orders)
    parcels = [{"order": n, "seq": i, "kg": 1.5 + i} for i in range(6)]
    return book_shipment(n, parcels)
