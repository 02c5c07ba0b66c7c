"""Hourly signup sync: read the export, forward the signups to the CRM."""
import itertools
import json

import pipeline as pl

COLUMNS = ("id", "email", "plan")
_exports = itertools.count()
failures = {"count": 0}


def scenario():
    n = next(_exports)
    records = [
        {"id": f"s{n}a", "email": f"a{n}@example.org", "plan": "free"},
        {"id": f"s{n}b", "email": f"b{n}@example.org", "plan": "pro"},
    ]
    if n % 6 == 5:
        records[1]["id"] = ""
    reader = pl.JsonReader(columns=COLUMNS)
    try:
        return pl.write(reader.read("\n".join(json.dumps(r) for r in records)))
    except pl.MalformedRow:
        failures["count"] += 1
        return -1
