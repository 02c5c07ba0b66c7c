"""Order service: `@background` runs a function on its own daemon thread and
lists it in the decorator's default registry for a /debug/threads page. The
shipping notifier is a closure decorated inside the request handler, so the
decorator runs per request and the registry keeps every closure."""
import itertools
import threading

_orders = itertools.count()


def background(fn, registry=[]):  # expect: HL101 confirmed
    registry.append(fn)

    def start(*args, **kwargs):
        t = threading.Thread(target=fn, args=args, kwargs=kwargs, name="bg-" + fn.__name__, daemon=True)
        t.start()
        return t
    return start


def handle_order(order_id, outbox):
    @background
    def notify(channel):
        outbox[channel] = "order %d shipped" % order_id
    return [notify(channel) for channel in ("email", "sms")]


def scenario():
    outbox = {}
    for t in handle_order(next(_orders), outbox):
        t.join()
    return sorted(outbox.items())
