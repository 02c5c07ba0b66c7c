"""Foreign-currency invoices: the `Invoice.rate` property caches FX answers in a
dict default shared through `self._rates`, keyed by (currency, issue date). New
invoices are issued on new days, so each day adds entries that are never evicted."""
import itertools
from datetime import date, timedelta

FX = {"EUR": 1.0, "USD": 0.92, "GBP": 1.17, "CHF": 1.04}


def fx_lookup(currency, day):
    return round(FX[currency] * (1 + (day.toordinal() % 11 - 5) / 1000), 6)


class Invoice:
    def __init__(self, number, currency, issued, lines, _rates={}):  # expect: HL101 confirmed
        self.number, self.currency, self.issued, self.lines = number, currency, issued, lines
        self._rates = _rates

    @property
    def rate(self):
        key = (self.currency, self.issued)
        try:
            return self._rates[key]
        except KeyError:
            return self._rates.setdefault(key, fx_lookup(*key))

    @property
    def total_eur(self):
        return round(sum(qty * price for qty, price in self.lines) * self.rate, 2)


_seq = itertools.count()


def scenario():
    n = next(_seq)
    issued = date(2020, 1, 1) + timedelta(days=n)
    invoices = [Invoice("INV-%06d" % (n * 2 + i), cur, issued, [(i + 1, 19.5), (2, 4.25)])
                for i, cur in enumerate(("USD", "GBP"))]
    return "%s: %.2f EUR" % (issued.isoformat(), sum(inv.total_eur for inv in invoices))
