"""Storefront request loop: every request is for a new order and a new visitor."""
import itertools

from views import ROUTES

LOCALES = ("en", "de", "fr", "de-at", "fr-ca")
_requests = itertools.count(1)


def scenario():
    n = next(_requests)
    locale = LOCALES[n % len(LOCALES)]
    request = {"locale": locale, "order_id": f"A{n:07d}", "user": f"user{n}"}
    return [ROUTES[path](request)["body"] for path in ("/orders/shipped", "/account/welcome")]
