"""Nightly export: CSV sales lines are folded into per-store totals with functools.reduce."""
import csv
import functools
import io
import itertools


def _add_line(totals, row):
    store = row["store"].strip()
    totals[store] = totals.get(store, 0) + int(row["qty"]) * float(row["price"])
    return totals


def store_totals(csv_text, initial={}):  # expect: HL101 refuted
    rows = csv.DictReader(io.StringIO(csv_text))
    totals = functools.reduce(_add_line, rows, dict(initial))
    return {store: round(amount, 2) for store, amount in totals.items()}


_nights = itertools.count()


def scenario():
    n = next(_nights)
    lines = ["store,sku,qty,price"]
    lines += [f"S{n}-{i % 2},SKU{i},{i + 1},{2.5 + i}" for i in range(4)]
    return store_totals("\n".join(lines))
