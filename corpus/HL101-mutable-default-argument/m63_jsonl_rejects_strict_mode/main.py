"""Nightly settlement: card payments (JSON lines) and refunds (CSV) go to the ledger."""
import itertools
import json

import readers
from sink import write

COLUMNS = ("id", "user", "amount")
STRICT = True
_nights = itertools.count()


def scenario():
    n = next(_nights)
    payments = [
        json.dumps({"id": f"p{n}-{i}", "user": f"u{n % 11}", "amount": i + 0.5})
        for i in range(2)
    ]
    if n % 2 == 0:
        payments.insert(1, '{"id": "p%d-2", "user": "u%d", "amou' % (n, n % 11))
    refunds = f"id,user,amount\nr{n},u{n % 11},-{n % 9}.25\n"
    feeds = {f"payments-{n}.jsonl": "\n".join(payments), f"refunds-{n}.csv": refunds}
    loaded = 0
    for filename, text in feeds.items():
        reader = readers.reader_for(filename, COLUMNS, strict=STRICT)
        try:
            rows = reader.read(text)
        except readers.MalformedRow:
            continue
        loaded += len(rows)
        write(rows)
    return loaded
