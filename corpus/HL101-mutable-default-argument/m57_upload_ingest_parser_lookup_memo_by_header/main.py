"""Upload endpoint: each request posts one CSV export from a client's accounting tool."""
import itertools

import ingest

_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    content_type = f'text/csv; charset=utf-8; name="ledger-{n:05d}.csv"'
    body = f"account,amount\n{4000 + n % 9},{n * 3}.50\n".encode()
    rows = ingest.parse(content_type, body)
    return sum(float(row["amount"]) for row in rows)
