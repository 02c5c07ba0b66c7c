"""Event emitter used by a plugin system and per-request hooks."""
import itertools

_ids = itertools.count()


class EventEmitter:
    # heaplint-todo: every call passes listeners: a latent default that outside callers of the module could leave out (heaplint: unknown)
    def __init__(self, name, listeners=[]):  # expect: HL101 refuted
        self.name = name
        self._listeners = listeners

    def on(self, event, callback):
        self._listeners.append((event, callback))
        return callback

    def emit(self, event, *args):
        results = []
        for registered, callback in self._listeners:
            if registered == event:
                results.append(callback(*args))
        return results


def make_plugin_bus(plugin_name, preset=None):
    listeners = list(preset) if preset else []
    return EventEmitter(f"plugin:{plugin_name}", listeners=listeners)


def make_request_bus(request_id):
    return EventEmitter(f"request:{request_id}", [])


def scenario():
    n = next(_ids)
    bus = make_plugin_bus(f"auth{n}")
    bus.on("ready", lambda: n)
    req = make_request_bus(n)
    req.on("finished", lambda status: status * 2)
    assert bus.emit("ready") == [n] and req.emit("finished", 3) == [6]
