"""Payment events arrive as JSON-lines deliveries; duplicates from retries are dropped."""
import itertools
import json

import pipeline.readers

_deliveries = itertools.count()
totals = {"events": 0, "bad_deliveries": 0}


def scenario():
    n = next(_deliveries)
    lines = [
        json.dumps({"id": f"evt-{n}-{i}", "user": f"u{(n + i) % 13}", "amount": i * 5})
        for i in range(3)
    ]
    lines.append(lines[0])
    if n % 4 == 1:
        lines.append('{"id": "evt-%d-x", "user": ' % n)
    reader = pipeline.readers.JsonReader()
    try:
        events = reader.read("\n".join(lines))
    except ValueError:
        totals["bad_deliveries"] += 1
        return 0
    totals["events"] += len(events)
    return len(events)
