"""Node-style EventEmitter (on/off/emit) used by a build tool's file watcher."""
import itertools

_ids = itertools.count()


class EventEmitter:
    def __init__(self, handlers={}):  # expect: HL101 confirmed
        self._handlers = handlers if handlers is not None else {}

    def on(self, event, fn):
        self._handlers.setdefault(event, []).append(fn)
        return fn

    def off(self, event, fn):
        try:
            self._handlers[event].remove(fn)
        except (KeyError, ValueError):
            pass

    def emit(self, event, *args):
        return [fn(*args) for fn in list(self._handlers.get(event, ()))]


class Watcher:
    def __init__(self, root):
        self.root = root
        self.changed = []
        self.events = EventEmitter()
        self.events.on("change", self.changed.append)

    def poke(self, relpath):
        if not relpath.endswith((".pyc", "~")):
            self.events.emit("change", f"{self.root}/{relpath}")


def scenario():
    n = next(_ids)
    watcher = Watcher(f"/src/pkg{n}")
    watcher.poke("mod.py")
    watcher.poke("mod.pyc")
    assert watcher.changed == [f"/src/pkg{n}/mod.py"]
