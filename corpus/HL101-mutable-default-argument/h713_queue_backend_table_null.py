"""Job queue front end: `open_queue` picks the backend class from BACKENDS by
name and hands it the options mapping. The in-memory backend keeps that
mapping and records every topic it declares in it; the configured backend
here is the null one, which only reads it."""
import itertools

_ids = itertools.count()


class MemoryBackend:
    def __init__(self, options):
        self.options = options
        self.messages = []

    def publish(self, topic, body):
        self.options.setdefault("topics", {})[topic] = len(self.messages)
        self.messages.append((topic, body))
        return len(self.messages)


class NullBackend:
    def __init__(self, options):
        self.retries = options.get("retries", 3)

    def publish(self, topic, body):
        return 0


BACKENDS = {"memory": MemoryBackend, "null": NullBackend}
QUEUE_BACKEND = "null"


def open_queue(kind, options={}):  # expect: HL101 refuted
    return BACKENDS[kind](options)


def scenario():
    n = next(_ids)
    queue = open_queue(QUEUE_BACKEND)
    return queue.publish(f"orders.{n}", {"order": n})
