"""Inventory import: CSV rows are cast by a column schema into dataclass records; bad rows are collected as rejects."""
import csv
import io
import itertools
from dataclasses import dataclass


@dataclass
class Item:
    sku: str
    qty: int
    price: float


def load_items(text, schema={"sku": str.strip, "qty": int, "price": float},  # expect: HL101 refuted
               rejected=[]):  # expect: HL101 confirmed
    if rejected is None:
        rejected = []
    items = []
    for lineno, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        try:
            items.append(Item(**{col: cast(row[col]) for col, cast in schema.items()}))
        except (ValueError, KeyError) as exc:
            rejected.append((lineno, dict(row), str(exc)))
    return items, len(rejected)


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    text = f"sku,qty,price\nA{n},3,9.99\nB{n},three,1.50\nC{n},2,n/a\n"
    items, bad = load_items(text)
    return len(items), bad
