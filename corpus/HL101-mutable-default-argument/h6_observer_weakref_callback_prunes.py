"""Event source: each observer is held by a weakref whose callback removes the dead ref from the default list."""
import itertools
import weakref


class Listener:
    def __init__(self, topic):
        self.topic = topic
        self.events = []


def watch(listener, _refs=[]):  # expect: HL101 refuted
    _refs.append(weakref.ref(listener, _refs.remove))
    for ref in _refs:
        target = ref()
        if target is not None:
            target.events.append(len(_refs))
    return listener


_topics = itertools.count()


def scenario():
    watch(Listener(f"topic-{next(_topics)}"))
