"""In-process request/reply bus: `listen()` files a callback under its topic
in `listeners`, the default dict, and returns `emit()` and `off()` closures.
Each request listens on its own reply topic and calls `off()` once the reply
arrives; `off()` removes the callback and deletes the topic once its list is
empty, so the default dict is empty again after each request."""
import itertools

_requests = itertools.count()


def listen(topic, callback, listeners={}):  # expect: HL101 refuted
    listeners.setdefault(topic, []).append(callback)

    def emit(message):
        for cb in list(listeners.get(topic, ())):
            cb(message)

    def off():
        bucket = listeners[topic]
        bucket.remove(callback)
        if not bucket:
            del listeners[topic]

    return emit, off


def scenario():
    n = next(_requests)
    replies = []
    emit, off = listen("reply.req-%06d" % n, replies.append)
    emit({"status": 200, "id": n})
    off()
    emit({"status": 500, "id": n})
    return replies
