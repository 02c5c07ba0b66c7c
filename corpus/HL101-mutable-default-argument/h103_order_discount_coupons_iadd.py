"""Checkout pricing: discount rules are evaluated and the best saving wins
(`max` with a key). Coupon codes typed at checkout become rules through a
comprehension and are added with `+=`, which extends the default rule list
in place, so every order's coupons stay in it for all later orders."""
import itertools
from decimal import Decimal

_orders = itertools.count()


class Rule:
    def __init__(self, name, percent, min_total=Decimal("0")):
        self.name, self.percent, self.min_total = name, Decimal(percent), min_total

    def saving(self, total):
        return total * self.percent / 100 if total >= self.min_total else Decimal("0")


def best_discount(total, coupons=(), rules=[Rule("loyalty", 5, Decimal("50"))]):  # expect: HL101 confirmed
    rules += [Rule(code, code[-2:]) for code in coupons if code[-2:].isdigit()]
    if not rules:
        return None, Decimal("0")
    best = max(rules, key=lambda rule: rule.saving(total))
    return best.name, best.saving(total).quantize(Decimal("0.01"))


def scenario():
    n = next(_orders)
    total = Decimal(30 + n % 40) + Decimal("0.99")
    return best_discount(total, coupons=["WELCOME%d-%02d" % (n, 5 + n % 10), "bogus"])
