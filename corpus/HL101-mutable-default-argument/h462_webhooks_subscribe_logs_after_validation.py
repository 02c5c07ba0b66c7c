"""Webhooks: `subscribe()` checks the URL type, insists on TLS and known event names, and
only then appends the accepted subscription to its default audit log. Every shop that
connects passes a valid https URL and known events, so the append runs on each call."""
import itertools

EVENTS = frozenset({"order.created", "order.paid", "order.refunded", "order.shipped"})


def subscribe(url, events, secret=None, _log=[]):  # expect: HL101 confirmed
    if not isinstance(url, str):
        raise TypeError(f"url must be str, not {type(url).__name__}")
    assert url.startswith("https://"), "webhook targets must use TLS"
    unknown = set(events) - EVENTS
    if unknown:
        raise ValueError(f"unknown events: {sorted(unknown)}")
    _log.append((url, frozenset(events), secret))
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
