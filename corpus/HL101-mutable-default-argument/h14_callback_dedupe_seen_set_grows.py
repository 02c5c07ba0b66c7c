"""Message consumer: handlers are stored in a module-level dispatch table; the order handler dedupes by id."""
import itertools


def on_order(message, _seen=set()):  # expect: HL101 confirmed
    if message["id"] in _seen:
        return "duplicate"
    _seen.add(message["id"])
    return f"order {message['id']} for {message['amount']}"


def on_ping(message):
    return "pong"


HANDLERS = {"order.created": on_order, "ping": on_ping}


def dispatch(message):
    return HANDLERS.get(message["type"], on_ping)(message)


_messages = itertools.count()


def scenario():
    n = next(_messages)
    return dispatch({"type": "order.created", "id": f"ord-{n}", "amount": n % 997}), dispatch({"type": "ping"})
