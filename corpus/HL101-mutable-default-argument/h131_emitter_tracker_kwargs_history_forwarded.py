"""Analytics client: `Tracker.track` forwards its keyword options to
`_deliver`, which hands the event to the sink and appends it to `history`,
a list default kept for the debug panel. Each tracker puts its own list in
the forwarded kwargs with setdefault, so the default is never reached."""
import itertools

_sessions = itertools.count()


def _deliver(sink, name, *, history=[], **props):  # expect: HL101 refuted
    event = dict(props, event=name)
    history.append(event)
    sink(event)
    return len(history)


class Tracker:
    def __init__(self, user):
        self.user = user
        self.history = []
        self.sent = []

    def track(self, name, **options):
        options.setdefault("history", self.history)
        options["user"] = self.user
        return _deliver(self.sent.append, name, **options)


def scenario():
    n = next(_sessions)
    tracker = Tracker("u%d" % n)
    tracker.track("page_view", path="/items/%d" % n)
    return tracker.track("add_to_cart", sku="sku-%d" % n, qty=n % 3 + 1)
