"""Scope base class: tracks the objects to close when the scope ends.

``__init__`` keeps the ``disposables`` default itself, so every RequestScope
(built with no argument in webreq.py) appends its Connection to one shared
list, and close() never empties it: one Connection more per request.
"""


class Scope:
    def __init__(self, disposables=[]):  # expect: HL101 confirmed
        self._disposables = disposables
        self.closed = False

    def track(self, obj):
        self._disposables.append(obj)
        return obj

    def close(self):
        for obj in reversed(self._disposables):
            obj.close()
        self.closed = True
