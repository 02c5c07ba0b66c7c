"""Webhook intake: providers retry deliveries, so each delivery passes
through a DeliveryDeduper before it is queued. The deduper is a callable
object handed to the HTTP layer; `seen` remembers the delivery ids."""
import itertools

_deliveries = itertools.count()


class DeliveryDeduper:
    def __init__(self, queue):
        self.queue = queue

    # heaplint-todo: the module replays 8 ids, but outside code calling the deduper may pass new ids each call: the application's own calls do not decide what outside callers pass (heaplint: unknown)
    def __call__(self, delivery_id, payload, seen=set()):  # expect: HL101 refuted
        if delivery_id in seen:
            return False
        seen.add(delivery_id)
        self.queue.append(payload)
        return True


def scenario():
    n = next(_deliveries)
    accept = DeliveryDeduper(queue=[])
    delivery_id = f"dlv-{n % 8:08d}"
    return accept(delivery_id, {"event": "invoice.paid", "amount": n * 100})
