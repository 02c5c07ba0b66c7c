"""Accounting: foreign-currency invoices are converted to the book currency
at posting time. The books use the fixed budget rate of the fiscal year, so
`fx_rate` caches rates in a dict default keyed by currency pair only; with a
handful of currencies the cache stops growing after the first few invoices."""
import datetime
import itertools
from decimal import ROUND_HALF_EVEN, Decimal

_invoices = itertools.count()

REFERENCE = {"EUR": Decimal("1"), "USD": Decimal("1.0842"), "GBP": Decimal("0.8571"), "CHF": Decimal("0.9612")}


def fx_rate(src, dst, day, _cache={}):  # expect: HL101 refuted
    key = (src, dst)
    try:
        return _cache[key]
    except KeyError:
        rate = _cache[key] = (REFERENCE[dst] / REFERENCE[src]).quantize(Decimal("0.000001"))
        return rate


def convert(amount, src, day, dst="EUR"):
    return (Decimal(amount) * fx_rate(src, dst, day)).quantize(Decimal("0.01"), ROUND_HALF_EVEN)


def scenario():
    n = next(_invoices)
    day = datetime.date(2020, 1, 1) + datetime.timedelta(days=n)
    src = ("USD", "GBP", "CHF")[n % 3]
    return "{} {} -> EUR {}".format(day.isoformat(), src, convert("%d.99" % (100 + n), src, day))
