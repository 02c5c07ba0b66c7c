"""Catalog: `memoized_method` (class-based; `__get__` binds via functools.partial) caches results in
its shared `store` default; nothing is evicted, so each new SKU adds entries."""
import functools
import itertools


class memoized_method:
    def __init__(self, func, store={}):  # expect: HL101 confirmed
        functools.update_wrapper(self, func)
        self.func, self.store = func, store

    def __get__(self, instance, owner=None):
        return self if instance is None else functools.partial(self, instance)

    def __call__(self, instance, *args):
        key = (self.func.__qualname__, instance.region, args)
        if key not in self.store:
            self.store[key] = self.func(instance, *args)
        return self.store[key]


class PriceBook:
    def __init__(self, region, rates):
        self.region, self.rates = region, rates

    @memoized_method
    def net_price(self, sku, list_price):
        return round(list_price * self.rates.get(sku[:3], 1.0), 2)

    @memoized_method
    def label(self, sku, list_price):
        return f"{self.region}:{sku} {self.net_price(sku, list_price):.2f}"


_skus = itertools.count(1000)


def scenario():
    n = next(_skus)
    return PriceBook("eu" if n % 2 else "us", {"BK-": 0.9}).label(f"BK-{n}", 10 + n % 7)
