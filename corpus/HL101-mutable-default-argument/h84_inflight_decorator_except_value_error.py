"""Order service: handlers are wrapped so an admin endpoint can list requests still in flight."""
import functools
import itertools

PRICES = {"SKU-1": 1299, "SKU-2": 499, "SKU-3": 8900}


def track_inflight(handler, _inflight={}):  # expect: HL101 confirmed
    @functools.wraps(handler)
    def wrapper(request_id, *args, **kwargs):
        _inflight[request_id] = (handler.__name__, args)
        try:
            result = handler(request_id, *args, **kwargs)
        except ValueError:
            del _inflight[request_id]
            raise
        del _inflight[request_id]
        return result
    wrapper.inflight = _inflight
    return wrapper


@track_inflight
def quote_order(request_id, lines):
    total = 0
    for sku, qty in lines:
        quantity = int(qty)
        if quantity <= 0:
            raise ValueError(f"{request_id}: quantity must be positive for {sku}")
        total += PRICES[sku] * quantity
    return {"request": request_id, "total_cents": total}


_requests = itertools.count()


def scenario():
    n = next(_requests)
    quotes = [quote_order(f"req-{n}-a", [("SKU-1", str(n % 5 + 1)), ("SKU-3", "1")])]
    for suffix, lines in (("b", [("SKU-2", "two")]), ("c", [("SKU-9", "1")])):
        try:
            quotes.append(quote_order(f"req-{n}-{suffix}", lines))
        except (ValueError, KeyError):
            pass
    return quotes
