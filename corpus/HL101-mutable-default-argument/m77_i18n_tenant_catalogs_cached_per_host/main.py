"""Replay of storefront landing pages; shops sign up all the time."""
import itertools

import tenancy

_shops = itertools.count(1)
LANGS = ("de-DE,de;q=0.9", "es-MX", "fr-FR,fr;q=0.8,en;q=0.5")


def scenario():
    n = next(_shops)
    request = {"host": f"shop{n}.example.com", "headers": {"Accept-Language": LANGS[n % 3]}}
    _ = tenancy.formatter_for(request)
    return _("welcome", shop=f"Shop {n}") + " " + _("cart", n=n % 7)
