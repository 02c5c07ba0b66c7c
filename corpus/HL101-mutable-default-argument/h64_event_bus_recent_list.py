"""In-process event bus: dashboards subscribe to topics and keep the recent events they receive."""
import datetime
import itertools

_CALLBACKS = []


def subscribe(topic, _recent=[]):  # expect: HL101 confirmed
    _CALLBACKS.append(lambda event: _recent.append(event) if event["topic"] == topic else None)
    return _recent


def publish(topic, **payload):
    event = {"topic": topic, "at": payload.pop("at"), "payload": payload}
    for callback in _CALLBACKS:
        callback(event)
    return event


orders_panel = subscribe("orders")
refunds_panel = subscribe("refunds")

_START = datetime.datetime(2024, 5, 1, 9, 0)
_orders = itertools.count()


def scenario():
    n = next(_orders)
    at = _START + datetime.timedelta(seconds=n)
    publish("orders", at=at, order_id=f"ord-{n}", total=n * 3 % 500)
    if n % 4 == 0:
        publish("refunds", at=at, order_id=f"ord-{n - 1}", reason="damaged")
    return len(orders_panel)
