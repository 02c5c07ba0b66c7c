"""Record graph serialiser: `to_primitive` walks nested dataclass records and
guards against reference cycles with an `_active` set of (class, key) pairs.
The pair is discarded only after a record encodes; when a nested value
cannot be encoded the TypeError skips the discard, leaving the failed
records' pairs in the shared default."""
import dataclasses
import itertools

_docs = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 13, 14 (heaplint: unknown)
def to_primitive(obj, _active=set()):  # expect: HL101 confirmed
    if not dataclasses.is_dataclass(obj):
        if isinstance(obj, (str, int, float)):
            return obj
        raise TypeError("cannot encode %s" % type(obj).__name__)
    marker = (obj.__class__.__name__, obj.key)
    if marker in _active:
        raise ValueError("cycle at %s:%s" % marker)
    _active.add(marker)
    result = {f.name: to_primitive(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
    _active.discard(marker)
    return result


Node = dataclasses.make_dataclass("Node", [("key", str), ("payload", object)])


def scenario():
    n = next(_docs)
    leaf = Node("leaf-%d" % n, object() if n % 2 else n)
    try:
        return to_primitive(Node("root-%d" % n, leaf))
    except TypeError as exc:
        return str(exc)
