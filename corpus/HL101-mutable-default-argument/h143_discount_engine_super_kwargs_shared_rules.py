"""Checkout discounts: `PromoEngine` extends `RuleEngine` and forwards its
keyword options through `super().__init__(**kwargs)`. The base keeps the
`rules` list default as it is, so every engine built without rules shares
one list, and each checkout adds its season rule and the customer's
loyalty rule to it."""
import itertools
from decimal import Decimal

_carts = itertools.count()


class RuleEngine:
    def __init__(self, currency="EUR", rules=[]):  # expect: HL101 confirmed
        self.currency = currency
        self.rules = rules

    def add_rule(self, name, percent, min_total=Decimal(0)):
        self.rules.append((name, Decimal(percent), min_total))

    def best(self, total):
        eligible = [rule for rule in self.rules if total >= rule[2]]
        return max(eligible, key=lambda rule: rule[1])


class PromoEngine(RuleEngine):
    def __init__(self, season, **kwargs):
        super().__init__(**kwargs)
        self.add_rule("season-%s" % season, 5)


def scenario():
    n = next(_carts)
    engine = PromoEngine("winter", currency="EUR")
    engine.add_rule("loyal-%d" % n, n % 15, Decimal(50))
    name, percent, _ = engine.best(Decimal(40 + n % 30))
    return name, percent
