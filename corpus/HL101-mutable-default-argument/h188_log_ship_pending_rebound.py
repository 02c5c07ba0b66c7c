"""Log shipper: ship() takes a pending buffer (an empty list by default).
_convert() formats the records as lines, _merge() extends the buffer with
them and _flush() sends the buffer once it holds BATCH lines and then
"empties" it with buffer = [], which only rebinds _flush's local name: the
shared default list keeps every line and each batch is resent larger."""
import itertools

_ids = itertools.count()
BATCH = 16
_stats = {"batches": 0, "bytes": 0}


def _convert(records):
    return [f"{r['ts']} {r['level']:<5} {r['msg']}" for r in records]


def _merge(buffer, lines):
    buffer.extend(lines)
    return buffer


def _flush(buffer):
    if len(buffer) >= BATCH:
        payload = "\n".join(buffer).encode()
        _stats["batches"] += 1
        _stats["bytes"] += len(payload)
        buffer = []


def ship(records, pending=[]):  # expect: HL101 confirmed
    _flush(_merge(pending, _convert(records)))
    return _stats["batches"]


def scenario():
    n = next(_ids)
    records = [{"ts": 1700000000 + n, "level": "INFO", "msg": f"order {n}-{i} accepted"} for i in range(3)]
    return ship(records)
