"""JSON encoder with a default() hook and circular-reference markers, json style."""
import itertools
from decimal import Decimal

_ids = itertools.count()


class Encoder:
    def default(self, o):
        if isinstance(o, Decimal):
            return str(o)
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)

    def encode(self, o, _markers={}):  # expect: HL101 refuted
        if o is None or isinstance(o, (bool, int, float, str)):
            return '"%s"' % o if isinstance(o, str) else "null" if o is None else str(o).lower()
        marker = id(o)
        if marker in _markers:
            raise ValueError("Circular reference detected")
        _markers[marker] = o
        try:
            if isinstance(o, dict):
                return "{%s}" % ", ".join('"%s": %s' % (k, self.encode(v)) for k, v in o.items())
            if isinstance(o, (list, tuple)):
                return "[%s]" % ", ".join(self.encode(v) for v in o)
            return self.encode(self.default(o))
        finally:
            del _markers[marker]


def dumps(obj):
    try:
        return Encoder().encode(obj)
    except TypeError:
        return Encoder().encode({k: repr(v) for k, v in obj.items()})


def scenario():
    n = next(_ids)
    event = {"id": n, "amount": Decimal(n) / 100, "tags": {"billing", "retry"}, "phase": complex(n, 1)}
    return dumps(event)
