"""Catalog index: normalised key -> SKUs, rebuilt for each import batch."""
from ..util.text import normalize

DEPARTMENTS = {"garden": "Garden", "kitchen": "Kitchen", "toys": "Toys"}


def department_of(title):
    words = title.split()
    first = words[0].strip(":,#").lower() if words else ""
    return DEPARTMENTS.get(first, "Other")


def build_index(products):
    index = {}
    for product in products:
        key = normalize(department_of(product["title"]))
        index.setdefault(key, []).append(product["sku"])
    return index
