"""Display formatting: a single-dispatch `humanize` with implementations registered per type."""
import datetime
import decimal
import functools
import itertools


@functools.singledispatch
def humanize(value):
    return str(value)


@humanize.register
# heaplint-todo: singledispatch on a datetime.date value: the model does not know the types of the values datetime returns, so which implementation runs is a guess
def _(value: datetime.date, _labels={}):  # expect: HL101 confirmed
    key = value
    if key not in _labels:
        _labels[key] = f"{value:%B} {value.day}, {value.year}"
    return _labels[key]


@humanize.register
def _(value: decimal.Decimal, _steps={}):  # expect: HL101 refuted
    places = 0 if value == value.to_integral_value() else 2
    step = _steps.setdefault(places, decimal.Decimal(1).scaleb(-places))
    return f"{value.quantize(step):,}"


@humanize.register(list)
@humanize.register(tuple)
def _(value):
    return ", ".join(humanize(item) for item in value)


_invoices = itertools.count()


def scenario():
    n = next(_invoices)
    due = datetime.date(2024, 1, 1) + datetime.timedelta(days=n)
    return humanize([due, decimal.Decimal(n) / 4, f"INV-{n}"])
