"""Checkout validation: Cached wraps a validator and memoises its verdicts
in a cache dict that defaults to one shared dict. Both the country check
and the email check are wrapped, and every order brings a new buyer email,
so the shared cache gains an entry per order."""
import itertools

_orders = itertools.count()
COUNTRIES = ("US", "DE", "FR", "JP", "BR")


class Cached:
    def __init__(self, check, cache={}):  # expect: HL101 confirmed
        self.check, self.cache = check, cache

    def __call__(self, value):
        key = (type(self.check).__name__, value)
        if key not in self.cache:
            self.cache[key] = self.check(value)
        return self.cache[key]


class IsCountry:
    def __call__(self, value):
        return isinstance(value, str) and len(value) == 2 and value.isupper()


class EmailShape:
    def __call__(self, value):
        local, _, domain = value.partition("@")
        return bool(local) and "." in domain


is_country = Cached(IsCountry())
is_email = Cached(EmailShape())


def scenario():
    n = next(_orders)
    order = {"country": COUNTRIES[n % 5], "email": f"buyer.{n}@shop-example.com"}
    return is_country(order["country"]) and is_email(order["email"])
