"""Helpers (no __all__: every public name is star-exported).

sku_ok here is the cheap check: it looks at the SKU's shape and reads
`seen`, but never adds to it.
"""


def sku_ok(sku, seen):
    return sku.startswith("SKU-") and sku not in seen


def fmt_line(sku, qty):
    return f"{sku:<14}{qty:>6}"
