"""Document signals: `Signal.connect` stores a weakref.WeakMethod to the
receiver so a signal never keeps an editor alive. Signals created without
a receiver list share the constructor's default. The editor does die, but
its dead WeakMethod wrapper stays in the shared list: one stale weakref
object per save."""
import itertools
import weakref

_saves = itertools.count()


class Signal:
    def __init__(self, name, receivers=[]):  # expect: HL101 confirmed
        self.name = name
        self._receivers = receivers

    def connect(self, method):
        self._receivers.append(weakref.WeakMethod(method))

    def send(self, **payload):
        live = (ref() for ref in self._receivers)
        return [receiver(self.name, **payload) for receiver in live if receiver is not None]


class Editor:
    def __init__(self, path):
        self.path = path

    def on_saved(self, signal, revision):
        return "%s %s r%d" % (self.path, signal, revision)


def scenario():
    n = next(_saves)
    saved, editor = Signal("saved"), Editor("/docs/note-%d.md" % n)
    saved.connect(editor.on_saved)
    return saved.send(revision=n)
