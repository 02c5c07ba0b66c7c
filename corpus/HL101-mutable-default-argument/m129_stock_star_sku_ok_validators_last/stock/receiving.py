"""Receiving: both modules define sku_ok; the later star import wins.

validators is imported last, so sku_ok is the strict validators.sku_ok,
which adds every received SKU to the shared default `seen` set.
"""
from .helpers import *
from .validators import *


def receive(sku, qty, seen=set()):  # expect: HL101 confirmed
    if not (qty_ok(qty) and sku_ok(sku, seen)):
        return None
    return fmt_line(sku, qty)
