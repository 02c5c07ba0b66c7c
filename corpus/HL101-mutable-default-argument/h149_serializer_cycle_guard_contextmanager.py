"""Record graph serialiser: `to_primitive` walks nested dataclass records,
guarding against cycles with an `_active` set of (class, key) pairs; the
context manager's `finally` discards each pair, even when encoding fails."""
import contextlib
import dataclasses
import itertools

_docs = itertools.count()


@contextlib.contextmanager
def visiting(active, marker):
    if marker in active:
        raise ValueError("cycle at %s:%s" % marker)
    active.add(marker)
    try:
        yield
    finally:
        active.discard(marker)


def to_primitive(obj, _active=set()):  # expect: HL101 refuted
    if isinstance(obj, (str, int, float)):
        return obj
    if not dataclasses.is_dataclass(obj):
        raise TypeError("cannot encode %s" % type(obj).__name__)
    with visiting(_active, (obj.__class__.__name__, obj.key)):
        return {f.name: to_primitive(getattr(obj, f.name)) for f in dataclasses.fields(obj)}


Node = dataclasses.make_dataclass("Node", [("key", str), ("payload", object)])


def scenario():
    n = next(_docs)
    leaf = Node("leaf-%d" % n, object() if n % 2 else n)
    try:
        return to_primitive(Node("root-%d" % n, leaf))
    except TypeError as exc:
        return str(exc)
