"""Record import: `adapter` compiles a converter for one (record class,
field) pair and keeps recent converters in an OrderedDict default used as a
small LRU. Field names come from each upload, but the LRU evicts its oldest
entry once it holds 32, so the shared cache stays bounded."""
import collections
import dataclasses
import itertools

_uploads = itertools.count()


@dataclasses.dataclass
class Customer:
    name: str
    balance: float = 0.0


def adapter(cls, field, _lru=collections.OrderedDict(), limit=32):  # expect: HL101 refuted
    key = (cls, field)
    if key in _lru:
        _lru.move_to_end(key)
        return _lru[key]
    types = {f.name: f.type for f in dataclasses.fields(cls)}
    convert = _lru[key] = {"float": float, float: float}.get(types.get(field), str)
    if len(_lru) > limit:
        _lru.popitem(last=False)
    return convert


def scenario():
    n = next(_uploads)
    raw = {"name": "acme-%d" % n, "balance": "%d.25" % n, "x_upload_%d" % n: "tag"}
    values = {k: adapter(Customer, k)(v) for k, v in raw.items()}
    return Customer(values["name"], values["balance"])
