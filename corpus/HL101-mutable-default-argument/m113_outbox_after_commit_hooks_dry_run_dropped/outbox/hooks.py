"""@after_commit(batch, topic): the wrapper is queued in batch, run by flush()."""
from .journal import note


def after_commit(batch, topic):
    def decorate(fn):
        def wrapper():
            return note(topic, fn())
        batch.append(wrapper)
        return fn
    return decorate


def flush(batch):
    sent = [hook() for hook in batch]
    batch.clear()
    return sent


def discard(batch):
    batch.clear()
