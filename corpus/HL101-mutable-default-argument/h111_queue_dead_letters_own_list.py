"""Order-events worker: the base consumer routes messages that fail to parse
to a dead-letter list, and the retrying subclass forwards its keyword
arguments through super(), first setting dead_letters to its own list, so
the default is never the list that is appended to."""
import itertools
import json

_events = itertools.count()


class Consumer:
    def handle(self, raw, dead_letters=[]):  # expect: HL101 refuted
        try:
            event = json.loads(raw)
            return event["order_id"], round(event["amount"] * 100)
        except (ValueError, KeyError) as exc:
            dead_letters.append({"raw": raw, "error": f"{type(exc).__name__}: {exc}"})
            return None


class RetryingConsumer(Consumer):
    def __init__(self):
        self.dead_letters = []

    def handle(self, raw, attempts=2, **kwargs):
        kwargs.setdefault("dead_letters", self.dead_letters)
        for _ in range(attempts):
            result = super().handle(raw, **kwargs)
            if result is not None:
                return result
        return None


def scenario():
    n = next(_events)
    worker = RetryingConsumer()
    batch = [json.dumps({"order_id": n, "amount": n / 7}), '{"order_id": %d, "amount": ' % n]
    return [worker.handle(raw) for raw in batch]
