"""Order export poller: each export file is parsed and its orders forwarded in batches."""
import itertools

import readers.csv_reader as csvr
from readers import MalformedRow
from sink import write as queue_orders

ORDER_COLUMNS = ("order", "sku", "qty")
LINES_PER_FILE = (1, 2, 3, 2, 1, 3, 2, 1, 3, 2)
_exports = itertools.count()


def scenario():
    n = next(_exports)
    lines = [f"{n}; SKU-{n}-{i}; {i + 1}" for i in range(LINES_PER_FILE[n % 10])]
    if n % 10 == 3:
        lines.insert(1, f"{n}; SKU-{n}-x")
    reader = csvr.CsvReader(columns=list(ORDER_COLUMNS), options={"delimiter": ";"})
    try:
        rows = reader.read("\n".join(lines))
    except MalformedRow:
        return -1
    return queue_orders(rows)
