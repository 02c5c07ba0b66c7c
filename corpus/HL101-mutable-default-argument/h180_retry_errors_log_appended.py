"""Payment client: `retry(exceptions=...)` wraps gateway calls and keeps the
messages of the failures it swallowed in `errors` so a health endpoint can
show them. The log is the factory's list default, shared by every decorated
function, and nothing ever trims it: each charge that needed a retry leaves
its message behind."""
import functools
import itertools

_orders = itertools.count()
_first_try = {}


def retry(attempts=3, exceptions=(ConnectionError, TimeoutError), errors=[]):  # expect: HL101 confirmed
    def decorate(func):
        @functools.wraps(func)
        def wrapper(*args, **kwargs):
            for attempt in range(1, attempts + 1):
                try:
                    return func(*args, **kwargs)
                except exceptions as exc:
                    errors.append(f"{func.__name__} attempt {attempt}: {exc}")
                    if attempt == attempts:
                        raise
        return wrapper
    return decorate


@retry(attempts=3)
def charge(order_id, cents):
    if _first_try.pop(order_id, True):
        _first_try[order_id] = False
        raise TimeoutError(f"gateway timed out for order {order_id}")
    return {"order": order_id, "charged": cents, "status": "ok"}


def scenario():
    n = next(_orders)
    return charge(f"ord-{n:06d}", 1000 + n % 50)["status"]
