"""Catalogue import: CatalogItem.__setattr__ notes the change in self._changes, the
`changes=[]` default of __init__, then runs the RULES validator. Every row of this
feed has a malformed SKU: each is rejected, but only after it was noted."""
import itertools
import re


class Pattern:
    def __init__(self, regex):
        self.regex = re.compile(regex)

    def __call__(self, value):
        if not self.regex.fullmatch(value):
            raise ValueError(f"{value!r} does not match {self.regex.pattern}")
        return value


class CatalogItem:
    RULES = {"sku": Pattern(r"[A-Z]{3}-\d{4,8}"), "title": Pattern(r".{1,80}")}

    def __init__(self, sku, title, changes=[]):  # expect: HL101 confirmed
        object.__setattr__(self, "_changes", changes)
        self.sku = sku
        self.title = title

    def __setattr__(self, name, value):
        self._changes.append(f"{name} <- {value}")
        value = self.RULES[name](value)
        object.__setattr__(self, name, value)


_rows = itertools.count()


def scenario():
    n = next(_rows)
    try:
        return CatalogItem(f"acme-widget-brushed-steel-{n:08d}", f"Steel widget {n}")
    except ValueError as exc:
        return f"row {n} rejected: {exc}"
