"""Upload endpoint: each upload names one of the built-in formats."""
import itertools

import ingest

_uploads = itertools.count(1)
_LINES = {"csv": "A{n},widget {n},{q}", "tsv": "A{n}\twidget {n}\t{q}", "kv": "id=A{n};qty={q}"}


def scenario():
    n = next(_uploads)
    fmt = ("csv", "tsv", "kv")[n % 3]
    row = ingest.Parser.for_format(fmt).parse(_LINES[fmt].format(n=n, q=n % 50))
    return fmt, row
