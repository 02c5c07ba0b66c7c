"""Webhook settings: a URL submitted from the settings form is validated
(scheme and host split off with str.partition) before it is stored in the
`hooks` registry default. The form in this flow submits a plain-http URL,
which raises ValueError before the store; the fixed CI hook re-registers
the same key every time."""
import itertools

_forms = itertools.count()


def register_webhook(url, events, hooks={}):  # expect: HL101 refuted
    scheme, _, rest = url.partition("://")
    if scheme != "https" or not rest.split("/", 1)[0]:
        raise ValueError("webhook must be an https URL: " + url)
    hooks[url] = tuple(sorted(events))
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
