"""Upload endpoint: each tenant uploads a file with its own column layout."""
import itertools

import ingest

_uploads = itertools.count(1)


def scenario():
    n = next(_uploads)
    columns = ("sku", f"warehouse_{n % 13}", "qty")
    schema = type(f"Tenant{n}Parser", (ingest.Delimited,), {"format": f"tenant-{n}", "columns": columns})
    row = ingest.Parser.for_format(schema.format).parse(f"A{n},{n % 13},{n % 50}")
    return schema.__name__, row
