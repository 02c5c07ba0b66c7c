"""NDJSON stream reader: chunks arrive split anywhere, complete lines are decoded as records."""
import itertools
import json


def iter_records(chunk, _pending=[]):  # expect: HL101 refuted
    _pending.append(chunk)
    *lines, tail = "".join(_pending).split("\n")
    for line in lines:
        if line.strip():
            yield json.loads(line)
    _pending[:] = [tail] if tail else []


def encode(records):
    return "".join(json.dumps(r, separators=(",", ":")) + "\n" for r in records)


_batches = itertools.count()


def scenario():
    n = next(_batches)
    chunk = encode([{"id": n, "event": "view"}, {"id": n, "event": "click", "x": n % 640}])
    events = [r["event"] for r in iter_records(chunk)]
    return events and events[0]
