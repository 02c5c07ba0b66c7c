"""Webhook queue consumer: brokers redeliver on ack timeouts, so an
@idempotent decorator skips messages whose id it has seen recently. The
window is the wrapper's deque default with maxlen, created once when the
handler is decorated and holding only the last 64 ids."""
import collections
import functools
import itertools

_batches = itertools.count()


def idempotent(handler):
    @functools.wraps(handler)
    def wrapper(messages, seen=collections.deque(maxlen=64)):  # expect: HL101 refuted
        for message in messages:
            if message["id"] in seen:
                continue
            seen.append(message["id"])
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
