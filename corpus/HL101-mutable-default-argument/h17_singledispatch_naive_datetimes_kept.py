"""Export: row values are made JSON-friendly by type; naive datetimes are taken as UTC and kept for the data-quality report."""
import itertools
from datetime import datetime, timedelta, timezone
from decimal import Decimal
from functools import singledispatch


@singledispatch
def to_jsonable(value):
    return value


@to_jsonable.register
# heaplint-todo: functools.singledispatch .register of functions all named `_` is not modelled: the handler is never created as a global (heaplint: unknown)
def _(value: datetime, _naive=[]):  # expect: HL101 confirmed
    if value.tzinfo is None:
        _naive.append(value)
        value = value.replace(tzinfo=timezone.utc)
    return value.isoformat()


@to_jsonable.register
def _(value: Decimal):
    return str(value)


@to_jsonable.register
def _(value: dict):
    return {key: to_jsonable(item) for key, item in value.items()}


EPOCH = datetime(2024, 1, 1)
_rows = itertools.count()


def scenario():
    n = next(_rows)
    row = {"id": n, "amount": Decimal(n) / 100, "created": EPOCH + timedelta(seconds=n)}
    return to_jsonable(row)
