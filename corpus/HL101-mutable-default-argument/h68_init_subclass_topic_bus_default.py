"""Event system: Handler subclasses subscribe to a topic through class keywords; plugins build them on the fly."""
import itertools
import types


class Handler:
    # heaplint-todo: the classes are made by types.new_class, which heaplint does not run, so the hook's store is not reached (unknown, not confirmed)
    def __init_subclass__(cls, /, topic=None, bus={}, **kwargs):  # expect: HL101 confirmed
        super().__init_subclass__(**kwargs)
        cls.bus = bus
        if topic:
            bus.setdefault(topic, []).append(cls)

    def handle(self, event):
        raise NotImplementedError


def on(topic, bus=None):
    def decorator(fn):
        kwds = {"topic": topic} if bus is None else {"topic": topic, "bus": bus}

        def body(ns):
            ns["handle"] = lambda self, event: fn(event)

        return types.new_class(fn.__name__.title(), (Handler,), kwds, body)

    return decorator


def publish(bus, topic, event):
    return [handler().handle(event) for handler in bus.get(topic, ())]


_orders = itertools.count()


def scenario():
    n = next(_orders)

    @on("order.created")
    def audit(event):
        return f"audit:{event['id']}:{event['total']:.2f}"

    return publish(audit.bus, "order.created", {"id": n, "total": n * 1.25})
