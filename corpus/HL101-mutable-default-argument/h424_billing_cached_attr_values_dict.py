"""Billing models: `cached_attr` is a non-data descriptor computing an attribute once per object.

`__get__` keeps the computed values in its `_values` default, a plain dict keyed by the
instance, so every Invoice ever read is kept alive by the descriptor's default.
"""
import itertools


class cached_attr:
    def __init__(self, func):
        self.func, self.__doc__ = func, func.__doc__

    def __get__(self, instance, owner=None, _values={}):  # expect: HL101 confirmed
        if instance is None:
            return self
        per_instance = _values.setdefault(instance, {})
        if self.func.__name__ not in per_instance:
            per_instance[self.func.__name__] = self.func(instance)
        return per_instance[self.func.__name__]


class Invoice:
    def __init__(self, number, lines):
        self.number, self.lines = number, lines

    @cached_attr
    def total(self):
        return sum(qty * price for qty, price in self.lines)

    @cached_attr
    def summary(self):
        return f"{self.number}: {len(self.lines)} lines, {self.total:.2f} EUR"


_numbers = itertools.count(1)


def scenario():
    n = next(_numbers)
    return Invoice(f"INV-{n:06d}", [(1 + n % 3, 9.5), (2, 4.25)]).summary
