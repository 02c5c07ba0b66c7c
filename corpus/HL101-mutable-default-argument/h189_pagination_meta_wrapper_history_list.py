"""Listing API: make_page() wraps the items and its default meta dict in a
Page. The handler logs each render with
page.meta.setdefault("renders", []).append(...); the list lives in the
shared default dict, so it gains one entry per request."""
import itertools


class Page:
    def __init__(self, items, meta):
        self.items = items
        self.meta = meta


def make_page(items, meta={}):  # expect: HL101 confirmed
    return Page(items, meta)


def list_orders(customer, n):
    page = make_page([f"{customer}-order-{i}" for i in range(3)])
    page.meta.setdefault("renders", []).append(f"rendered {customer} page 1 request #{n}")
    return len(page.items) + len(page.meta)


_calls = itertools.count()


def scenario():
    n = next(_calls)
    return list_orders(f"cust{n}", n)
