"""WeakBus: handlers are held weakly, so a plugin object that goes away drops out."""
import weakref


class WeakBus:
    def __init__(self, name, listeners={}):  # expect: HL101 refuted
        self.name = name
        self.listeners = listeners

    def connect(self, topic, handler):
        if hasattr(handler, "__self__"):
            ref = weakref.WeakMethod(handler)
        else:
            ref = weakref.ref(handler)
        self.listeners.setdefault(topic, []).append(ref)
        return handler

    def emit(self, topic, **payload):
        refs = self.listeners.get(topic, [])
        refs[:] = [ref for ref in refs if ref() is not None]
        return [ref()(topic, **payload) for ref in list(refs)]
