"""Checkout: a staticmethod memoizes tax rates per postal code in its default dict."""
import itertools


class TaxTable:
    @staticmethod
    def rate_for(postal_code, _memo={}):  # expect: HL101 confirmed
        if postal_code not in _memo:
            district = int(postal_code[:2]) % 5
            _memo[postal_code] = 0.05 + district * 0.01
        return _memo[postal_code]

    def tax(self, postal_code, cents):
        return round(cents * self.rate_for(postal_code))


_orders = itertools.count()


def scenario():
    n = next(_orders)
    TaxTable().tax(f"{10000 + n:05d}", 2500 + n % 100)
