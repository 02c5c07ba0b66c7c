"""Listing API: make_page() wraps the items and its default meta dict in a
Page. The handler stamps the render number into page.meta["rendered"],
which is the shared default dict, but under one fixed key whose value is
replaced each time, so the default never holds more than one entry."""
import itertools


class Page:
    def __init__(self, items, meta):
        self.items = items
        self.meta = meta


def make_page(items, meta={}):  # expect: HL101 refuted
    return Page(items, meta)


def list_orders(customer, n):
    page = make_page([f"{customer}-order-{i}" for i in range(3)])
    page.meta["rendered"] = n
    return len(page.items) + len(page.meta)


_calls = itertools.count()


def scenario():
    n = next(_calls)
    return list_orders(f"cust{n}", n)
