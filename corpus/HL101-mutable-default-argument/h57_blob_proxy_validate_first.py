"""Instrumented proxy around a storage client; dispatches queue messages to handle_* methods."""
import itertools
import operator

_n = itertools.count()


class BlobClient:
    def __init__(self, bucket):
        self.bucket = bucket

    def handle_object_created(self, key):
        return f"index {self.bucket}/{key}"

    def handle_object_deleted(self, key):
        return f"purge {self.bucket}/{key}"


class Instrumented:
    def __init__(self, target):
        self._target = target

    # heaplint-todo: whether getattr on the target raises for a queued name is not decided (heaplint: unknown)
    def __getattr__(self, name, _getters={}):  # expect: HL101 refuted
        if name.startswith("__"):
            raise AttributeError(name)
        getter = _getters.get(name)
        if getter is None:
            value = getattr(self._target, name)
            _getters[name] = operator.attrgetter(name)
            return value
        return getter(self._target)


def dispatch(client, message):
    handler = getattr(client, "handle_" + message["type"].replace(".", "_"), None)
    if handler is None:
        return "dead-letter:" + message["type"]
    return handler(message["key"])


def scenario():
    n = next(_n)
    client = Instrumented(BlobClient(f"bucket-{n % 3}"))
    kind = ("object.created", "object.deleted", f"bucket.{n}.policy")[n % 3]
    return dispatch(client, {"type": kind, "key": f"k/{n}.json"})
