"""UI: change listeners go into a WeakSet default, but a bound method is a fresh object that dies right away."""
import itertools
import weakref


class Field:
    def __init__(self, name):
        self.name = name
        self.value = None

    def on_change(self, value):
        self.value = value


def listen(field, _listeners=weakref.WeakSet()):  # expect: HL101 refuted
    _listeners.add(field.on_change)
    for callback in list(_listeners):
        callback(field.name)
    return len(_listeners)


_fields = itertools.count()


def scenario():
    listen(Field(f"field{next(_fields)}"))
