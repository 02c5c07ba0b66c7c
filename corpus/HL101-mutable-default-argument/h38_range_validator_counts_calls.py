"""Form checks: the default RangeValidator only counts checks and failures in int attributes."""
import itertools


class RangeValidator:
    def __init__(self, low, high):
        self.low = low
        self.high = high
        self.checked = 0
        self.failures = 0

    def __call__(self, value):
        self.checked += 1
        ok = self.low <= value <= self.high
        if not ok:
            self.failures += 1
        return ok


def check(value, validator=RangeValidator(0, 120)):  # expect: HL101 refuted
    if not validator(value):
        return f"{value} is outside {validator.low}..{validator.high}"
    return None


_forms = itertools.count()


def scenario():
    n = next(_forms)
    return check(n % 150), check(n * 7 % 200)
