"""Form binding: a `ChangeNotifier` tells its views when a field changes.
Notifiers built without a listener list share the constructor's default.
Each edit session subscribes view.refresh and unsubscribes it with a fresh
`view.refresh`; the filter keeps entries that are not *identical*, and a
new bound method object is never the stored one, so every view stays."""
import itertools

_edits = itertools.count()


class ChangeNotifier:
    def __init__(self, field, listeners=[]):  # expect: HL101 confirmed
        self.field = field
        self._listeners = listeners

    def subscribe(self, callback):
        self._listeners.append(callback)

    def unsubscribe(self, callback):
        self._listeners[:] = [cb for cb in self._listeners if cb is not callback]

    def changed(self, value):
        return [callback(self.field, value) for callback in self._listeners[-1:]]


class FieldView:
    def __init__(self, label):
        self.label = label

    def refresh(self, field, value):
        return "%s.%s=%s" % (self.label, field, value)


def scenario():
    n = next(_edits)
    notifier, view = ChangeNotifier("email"), FieldView("form-%d" % n)
    notifier.subscribe(view.refresh)
    result = notifier.changed("user%d@example.org" % n)
    notifier.unsubscribe(view.refresh)
    return result
