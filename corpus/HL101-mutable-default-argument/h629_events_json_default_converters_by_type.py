"""Event serializer: json.dumps calls `encode_extra` for values it cannot
encode itself. The handler memoises the converter to use in its default
dict keyed by the value's type, so it holds one entry per type (date and
Decimal here), however many events go through."""
import datetime
import decimal
import itertools
import json

_events = itertools.count()


# heaplint-todo: the memo's keys are types handed back by `json.dumps`' calls of the handler, which heaplint takes as keys that may repeat (heaplint: unknown)
def encode_extra(value, _converters={}):  # expect: HL101 refuted
    convert = _converters.get(type(value))
    if convert is None:
        if isinstance(value, datetime.date):
            convert = datetime.date.isoformat
        elif isinstance(value, decimal.Decimal):
            convert = str
        else:
            raise TypeError(f"cannot encode {type(value).__name__}")
        _converters[type(value)] = convert
    return convert(value)


def scenario():
    n = next(_events)
    event = {
        "id": n,
        "at": datetime.date(2024, 1, 1) + datetime.timedelta(days=n),
        "amount": decimal.Decimal(n) / 100,
    }
    return json.dumps(event, default=encode_extra, sort_keys=True)
