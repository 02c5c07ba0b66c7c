"""Order service: `@background` runs a function on its own daemon thread and
lists it in the decorator's default registry for a /debug/threads page. The
notifier is decorated once at module level; requests only call it, so the
registry is filled at import time and never grows afterwards."""
import itertools
import threading

_orders = itertools.count()


def background(fn, registry=[]):  # expect: HL101 refuted
    registry.append(fn)

    def start(*args, **kwargs):
        t = threading.Thread(target=fn, args=args, kwargs=kwargs, name="bg-" + fn.__name__, daemon=True)
        t.start()
        return t
    return start


@background
def notify(order_id, channel, outbox):
    outbox[channel] = "order %d shipped" % order_id


def handle_order(order_id, outbox):
    return [notify(order_id, channel, outbox) for channel in ("email", "sms")]


def scenario():
    outbox = {}
    for t in handle_order(next(_orders), outbox):
        t.join()
    return sorted(outbox.items())
