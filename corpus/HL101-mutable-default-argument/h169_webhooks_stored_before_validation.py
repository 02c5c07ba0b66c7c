"""Webhook settings: a URL submitted from the settings form is stored in
the `hooks` registry default and then validated (scheme and host split off
with str.partition). The plain-http URL raises ValueError, but only after
the store, so every rejected submission still leaves its URL and events in
the registry."""
import itertools

_forms = itertools.count()


def register_webhook(url, events, hooks={}):  # expect: HL101 confirmed
    hooks[url] = tuple(sorted(events))
    scheme, _, rest = url.partition("://")
    if scheme != "https" or not rest.split("/", 1)[0]:
        raise ValueError("webhook must be an https URL: " + url)
    return len(hooks)


def submit_settings(url, events):
    try:
        return register_webhook(url, events)
    except ValueError as exc:
        return str(exc)


def scenario():
    n = next(_forms)
    register_webhook("https://ci.example.test/hook", ["push"])
    return submit_settings("http://shop-%d.example.test/orders" % n, ["order.paid", "order.refunded"])
