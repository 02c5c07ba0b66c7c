"""Login flow: open one new session per call, store the cart, read it back."""
import itertools

from sessions import AdminSession, Session

_logins = itertools.count(1)


def scenario():
    n = next(_logins)
    session = (AdminSession if n % 5 == 0 else Session)(f"user{n}")
    session.put("cart", [f"sku-{n}"])
    return session.get("cart"), session.throttled
