"""Pub/sub: subscribe() stores the callback under its topic in the dict
default and returns an unsubscribe closure. The closure removes the
callback but leaves the topic's (now empty) list behind, so every
per-job topic keeps a key and a list in the default."""
import itertools

_jobs = itertools.count()


def subscribe(topic, callback, _listeners={}):  # expect: HL101 confirmed
    _listeners.setdefault(topic, []).append(callback)

    def unsubscribe():
        _listeners[topic].remove(callback)

    return unsubscribe, _listeners


def scenario():
    n = next(_jobs)
    topic = "job/%d/done" % n
    unsubscribe, listeners = subscribe(topic, lambda result: result * 2)
    outcome = [cb(n) for cb in listeners.get(topic, ())]
    unsubscribe()
    return outcome
