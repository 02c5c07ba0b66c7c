"""Receiving: both modules define sku_ok; the later star import wins.

helpers is imported last, so sku_ok is the cheap helpers.sku_ok, which only
reads the default `seen` set: it stays empty.
"""
from .validators import *
from .helpers import *


def receive(sku, qty, seen=set()):  # expect: HL101 refuted
    if not (qty_ok(qty) and sku_ok(sku, seen)):
        return None
    return fmt_line(sku, qty)
