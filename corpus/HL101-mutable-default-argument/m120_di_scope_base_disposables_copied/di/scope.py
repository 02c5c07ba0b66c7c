"""Scope base class: tracks the objects to close when the scope ends.

``__init__`` copies the ``disposables`` default, so each RequestScope (built
with no argument in webreq.py) tracks its Connection in a list of its own,
freed with the scope; the default stays empty.
"""


class Scope:
    def __init__(self, disposables=[]):  # expect: HL101 refuted
        self._disposables = list(disposables)
        self.closed = False

    def track(self, obj):
        self._disposables.append(obj)
        return obj

    def close(self):
        for obj in reversed(self._disposables):
            obj.close()
        self.closed = True
