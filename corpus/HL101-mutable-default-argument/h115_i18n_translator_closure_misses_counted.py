"""Per-request translator: `make_translator(catalog)` returns the `_()`
closure the templates call, and msgids without a translation are counted for
the debug toolbar in `missing` (default: a shared `Counter()`). Every request
builds a new translator and all of them count into the same default, but the
keys are the page's fixed msgids, so it holds one counter per missing msgid."""
import collections
import itertools

_requests = itertools.count()
CATALOG_FR = {"Sign in": "Se connecter", "Basket": "Panier", "Checkout": "Commander"}
NAV = ("Sign in", "Basket", "Wishlist", "Orders", "Checkout", "Gift cards", "Help", "Returns")


def make_translator(catalog, missing=collections.Counter()):  # expect: HL101 refuted
    def _(msgid):
        try:
            return catalog[msgid]
        except KeyError:
            missing[msgid] += 1
            return msgid
    _.missing = missing
    return _


def render_nav(translate, user):
    return f"{user}: " + " | ".join(translate(item) for item in NAV)


def scenario():
    n = next(_requests)
    _ = make_translator(CATALOG_FR)
    return render_nav(_, f"user{n}"), len(_.missing)
