"""Record import: `adapter` compiles a converter for one (record class,
field) pair and keeps recent converters in an OrderedDict default used as a
small LRU. Fields the record class does not declare take an early return
that caches `str` without the eviction check, and every upload brings its
own extra field, so the shared cache grows past its limit."""
import collections
import dataclasses
import itertools

_uploads = itertools.count()


@dataclasses.dataclass
class Customer:
    name: str
    balance: float = 0.0


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 28 (heaplint: unknown)
def adapter(cls, field, _lru=collections.OrderedDict(), limit=32):  # expect: HL101 confirmed
    key = (cls, field)
    if key in _lru:
        _lru.move_to_end(key)
        return _lru[key]
    types = {f.name: f.type for f in dataclasses.fields(cls)}
    if field not in types:
        _lru[key] = str
        return str
    convert = _lru[key] = {"float": float, float: float}.get(types[field], str)
    if len(_lru) > limit:
        _lru.popitem(last=False)
    return convert


def scenario():
    n = next(_uploads)
    raw = {"name": "acme-%d" % n, "balance": "%d.25" % n, "x_upload_%d" % n: "tag"}
    values = {k: adapter(Customer, k)(v) for k, v in raw.items()}
    return Customer(values["name"], values["balance"])
