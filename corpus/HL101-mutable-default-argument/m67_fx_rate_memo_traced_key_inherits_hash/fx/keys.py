"""Value objects used as cache keys: equal when their fields are equal."""
__all__ = ["RateKey"]


class RateKey:
    __slots__ = ("currency", "day")

    def __init__(self, currency, day):
        self.currency = currency
        self.day = day

    def __eq__(self, other):
        if not isinstance(other, RateKey):
            return NotImplemented
        return (self.currency, self.day) == (other.currency, other.day)

    def __hash__(self):
        return hash((self.currency, self.day))

    def __repr__(self):
        return f"RateKey({self.currency!r}, {self.day})"
