"""Pub/sub: subscribe() stores the callback under its topic in the dict
default and returns an unsubscribe closure. The closure removes the
callback and deletes the topic once its list is empty, so per-job topics
leave nothing behind after unsubscribing."""
import itertools

_jobs = itertools.count()


def subscribe(topic, callback, _listeners={}):  # expect: HL101 refuted
    _listeners.setdefault(topic, []).append(callback)

    def unsubscribe():
        _listeners[topic].remove(callback)
        if not _listeners[topic]:
            del _listeners[topic]

    return unsubscribe, _listeners


def scenario():
    n = next(_jobs)
    topic = "job/%d/done" % n
    unsubscribe, listeners = subscribe(topic, lambda result: result * 2)
    outcome = [cb(n) for cb in listeners.get(topic, ())]
    unsubscribe()
    return outcome
