"""Billing: invoice lines grouped per customer with setdefault on the default dict."""
import itertools


def group_line(line, by_customer={}):  # expect: HL101 confirmed
    by_customer.setdefault(line["customer"], []).append(line)
    return sum(item["cents"] for item in by_customer[line["customer"]])


def bill(customer, sku, cents):
    total = group_line({"customer": customer, "sku": sku, "cents": cents})
    return f"{customer}: {total / 100:.2f}"


_lines = itertools.count()


def scenario():
    n = next(_lines)
    bill(f"cust-{n % 500}", f"sku-{n}", 100 + n % 900)
