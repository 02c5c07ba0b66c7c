"""Per-request translator: `make_translator(catalog)` returns the `_()`
closure the templates call, and msgids without a translation are remembered
for the debug toolbar in `missing` (default: a shared `[]`). Every request
builds a new translator, but all of them append to the same default list, one
entry per miss per request."""
import itertools

_requests = itertools.count()
CATALOG_FR = {"Sign in": "Se connecter", "Basket": "Panier", "Checkout": "Commander"}
NAV = ("Sign in", "Basket", "Wishlist", "Orders", "Checkout", "Gift cards", "Help", "Returns")


def make_translator(catalog, missing=[]):  # expect: HL101 confirmed
    def _(msgid):
        try:
            return catalog[msgid]
        except KeyError:
            missing.append(msgid)
            return msgid
    _.missing = missing
    return _


def render_nav(translate, user):
    return f"{user}: " + " | ".join(translate(item) for item in NAV)


def scenario():
    n = next(_requests)
    _ = make_translator(CATALOG_FR)
    return render_nav(_, f"user{n}"), len(_.missing)
