"""Webhooks: `subscribe()` checks the URL type, insists on TLS and known event names; its
default audit log only records subscriptions rejected for unknown events, just before the
ValueError. Every shop that connects passes a valid https URL and known events, so the
rejection branch, and the append in it, is never taken."""
import itertools

EVENTS = frozenset({"order.created", "order.paid", "order.refunded", "order.shipped"})


def subscribe(url, events, secret=None, _log=[]):  # expect: HL101 refuted
    if not isinstance(url, str):
        raise TypeError(f"url must be str, not {type(url).__name__}")
    assert url.startswith("https://"), "webhook targets must use TLS"
    unknown = set(events) - EVENTS
    if unknown:
        _log.append((url, frozenset(events), secret))
        raise ValueError(f"unknown events: {sorted(unknown)}")
    return {"url": url, "events": sorted(events), "signed": secret is not None}


def connect_shop(shop_id):
    return subscribe(
        f"https://shop-{shop_id}.example.com/hooks",
        ["order.created", "order.paid"],
        secret=f"whsec_{shop_id:08x}",
    )


_shops = itertools.count(1)


def scenario():
    return connect_shop(next(_shops))
