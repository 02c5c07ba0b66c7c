"""Form binding: a `ChangeNotifier` tells its views when a field changes.
Notifiers built without a listener list share the constructor's default.
Each edit session subscribes view.refresh and unsubscribes it with a fresh
`view.refresh`; list.remove compares bound methods by equality (same
__self__ and __func__), so the entry is found and the shared list empties."""
import itertools

_edits = itertools.count()


class ChangeNotifier:
    def __init__(self, field, listeners=[]):  # expect: HL101 refuted
        self.field = field
        self._listeners = listeners

    def subscribe(self, callback):
        self._listeners.append(callback)

    def unsubscribe(self, callback):
        self._listeners.remove(callback)

    def changed(self, value):
        return [callback(self.field, value) for callback in self._listeners]


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
