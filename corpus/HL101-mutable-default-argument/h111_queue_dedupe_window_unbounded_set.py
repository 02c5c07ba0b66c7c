"""Webhook queue consumer: brokers redeliver on ack timeouts, so an
@idempotent decorator skips messages whose id it has seen recently. The
window is the wrapper's set default, created once when the handler is
decorated and never trimmed, so it holds every id ever delivered."""
import functools
import itertools

_batches = itertools.count()


def idempotent(handler):
    @functools.wraps(handler)
    def wrapper(messages, seen=set()):  # expect: HL101 confirmed
        for message in messages:
            if message["id"] in seen:
                continue
            seen.add(message["id"])
            yield handler(message)
    return wrapper


@idempotent
def handle(message):
    return f"{message['id']}:{message['payload'].upper()}"


def deliveries(batch):
    ids = [f"evt-{batch}-{i}" for i in range(4)]
    return [{"id": mid, "payload": f"paid {mid}"} for mid in ids + ids[:1]]


def scenario():
    return max(handle(deliveries(next(_batches))), key=len)
