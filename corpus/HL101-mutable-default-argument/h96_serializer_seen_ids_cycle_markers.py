"""Order export: to_jsonable() converts dataclasses, sets and dicts, and detects reference cycles with a set of the ids currently being converted (like json's markers)."""
import dataclasses
import itertools
import json


@dataclasses.dataclass
class LineItem:
    sku: str
    qty: int
    tags: frozenset = frozenset()


def to_jsonable(obj, _active=set()):  # expect: HL101 refuted
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    marker = id(obj)
    if marker in _active:
        raise ValueError(f"circular reference through {type(obj).__name__}")
    _active.add(marker)
    try:
        if dataclasses.is_dataclass(obj):
            return {f.name: to_jsonable(getattr(obj, f.name)) for f in dataclasses.fields(obj)}
        if isinstance(obj, (set, frozenset)):
            return sorted(to_jsonable(x) for x in obj)
        if isinstance(obj, dict):
            return {str(k): to_jsonable(v) for k, v in obj.items()}
        return [to_jsonable(x) for x in obj]
    finally:
        _active.discard(marker)


_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = {"id": n, "items": [LineItem(f"sku-{n}", n % 5 + 1, frozenset({"gift", f"batch-{n % 9}"}))]}
    return json.dumps(to_jsonable(order))
