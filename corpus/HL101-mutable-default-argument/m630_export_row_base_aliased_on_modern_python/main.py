"""Order export: each call flattens one new order (lines keyed by SKU) into
a spreadsheet row, and flattens a small batch for the nightly CSV."""
import itertools

import export

_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    order = {"id": f"ord-{n:06d}", "lines": {f"sku-{n:06d}": {"qty": n % 4 + 1, "price": 9.5}}}
    row = export.to_row(order)
    export.csv_rows([{"id": f"ret-{n}", "tags": ["late", "partial"]}])
    return row
