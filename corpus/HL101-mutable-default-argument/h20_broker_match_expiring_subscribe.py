"""Message broker front end: control messages are dispatched by shape; durable subscriptions are recorded for replay after a restart."""
import itertools
import os

TRACE = os.environ.get("BROKER_TRACE") == "1"


def handle(message, session, _durable=[]):  # expect: HL101 refuted
    match message:
        case {"op": "ping"}:
            return "pong"
        case {"op": "subscribe", "topic": str(topic), "ttl": int(ttl)}:
            session.setdefault("expiring", {})[topic] = ttl
        case {"op": "subscribe", "topic": str(topic)}:
            session.setdefault("topics", []).append(topic)
            _durable.append((session["client"], topic))
        case {"op": "unsubscribe", "topic": str(topic)}:
            session.get("topics", []).remove(topic)
        case _:
            if TRACE:
                print("dropped", message)
            return "error"
    return "ok"


_clients = itertools.count()


def scenario():
    n = next(_clients)
    session = {"client": f"client-{n}"}
    handle({"op": "ping"}, session)
    return handle({"op": "subscribe", "topic": "prices", "ttl": 30}, session)
