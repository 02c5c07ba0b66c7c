"""Order export: `to_plain()` turns nested records into JSON-ready data. Shared
sub-objects (the customer on both billing and shipping) are converted once
through a memo keyed by id() that, like copy.deepcopy, keeps the original
alive next to its copy. The memo is the default dict, so it keeps every
order ever exported and its converted copy."""
import decimal
import itertools
import json

_orders = itertools.count()


# heaplint-todo: it flows into keys that may repeat (id() values are reused after objects are freed), which heaplint cannot see (heaplint: unknown)
def to_plain(obj, _memo={}):  # expect: HL101 confirmed
    if obj is None or isinstance(obj, (str, int, float)):
        return obj
    if isinstance(obj, decimal.Decimal):
        return str(obj)
    hit = _memo.get(id(obj))
    if hit is not None:
        return hit[1]
    if isinstance(obj, dict):
        out = _memo.setdefault(id(obj), (obj, {}))[1]
        out.update((str(k), to_plain(v, _memo)) for k, v in obj.items())
    elif isinstance(obj, (list, tuple)):
        out = _memo.setdefault(id(obj), (obj, []))[1]
        out.extend(to_plain(v, _memo) for v in obj)
    else:
        raise TypeError("cannot export %s" % type(obj).__name__)
    return out


def scenario():
    n = next(_orders)
    customer = {"id": n, "name": "cust-%d" % n}
    order = {"id": n, "billing": customer, "shipping": customer, "lines": [("A%d" % n, decimal.Decimal("9.50"))]}
    return json.dumps(to_plain(order), sort_keys=True)
