"""Event serializer: json.dumps calls `encode_extra` for values it cannot
encode itself. The handler memoises each conversion in its default dict
keyed by id(), keeping the object next to the result so the id stays valid;
every event brings fresh date and Decimal objects, so each is a new entry."""
import datetime
import decimal
import itertools
import json

_events = itertools.count()


# heaplint-todo: which objects reach the `default=` handler, and so whether the memo gets a new id, rests on tests heaplint cannot evaluate (heaplint: unknown)
def encode_extra(value, _memo={}):  # expect: HL101 confirmed
    hit = _memo.get(id(value))
    if hit is not None and hit[0] is value:
        return hit[1]
    if isinstance(value, datetime.date):
        out = value.isoformat()
    elif isinstance(value, decimal.Decimal):
        out = str(value)
    else:
        raise TypeError(f"cannot encode {type(value).__name__}")
    _memo[id(value)] = (value, out)
    return out


def scenario():
    n = next(_events)
    event = {
        "id": n,
        "at": datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
        "amount": decimal.Decimal(n) / 100,
    }
    return json.dumps(event, default=encode_extra, sort_keys=True)
