"""Upload endpoint: each call imports one uploaded line with the importer configured for it."""
import itertools

import importers

FORMAT = "csv"
HEADER = ("sku", "qty", "warehouse")
_uploads = itertools.count(1)


def scenario():
    n = next(_uploads)
    importer = importers.get(FORMAT)
    sep = "," if FORMAT == "csv" else "\t"
    record = importer.from_line(sep.join([f"sku-{n}", str(n % 9), f"wh{n % 4}"]) + "\n")
    return record.as_dict(HEADER)
