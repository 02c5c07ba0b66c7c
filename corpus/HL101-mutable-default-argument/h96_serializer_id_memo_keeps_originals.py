"""Order export: to_jsonable() converts dataclasses, sets and dicts; like copy.deepcopy it memoises by id() and keeps each original in the memo so its id cannot be reused."""
import dataclasses
import itertools
import json


@dataclasses.dataclass
class LineItem:
    sku: str
    qty: int
    tags: frozenset = frozenset()


def to_jsonable(obj, memo={}):  # expect: HL101 confirmed
    if obj is None or isinstance(obj, (str, int, float, bool)):
        return obj
    hit = memo.get(id(obj))
    if hit is not None:
        return hit[1]
    if dataclasses.is_dataclass(obj):
        out = {f.name: to_jsonable(getattr(obj, f.name), memo) for f in dataclasses.fields(obj)}
    elif isinstance(obj, (set, frozenset)):
        out = sorted(to_jsonable(x, memo) for x in obj)
    elif isinstance(obj, dict):
        out = {str(k): to_jsonable(v, memo) for k, v in obj.items()}
    else:
        out = [to_jsonable(x, memo) for x in obj]
    memo[id(obj)] = (obj, out)
    return out


_orders = itertools.count()


def scenario():
    n = next(_orders)
    order = {"id": n, "items": [LineItem(f"sku-{n}", n % 5 + 1, frozenset({"gift", f"batch-{n % 9}"}))]}
    return json.dumps(to_jsonable(order))
