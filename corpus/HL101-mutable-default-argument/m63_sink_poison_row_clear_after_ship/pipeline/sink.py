"""CRM sink: signups are buffered and delivered in batches."""
from .readers.base import MalformedRow

BATCH_SIZE = 4
delivered = {"rows": 0, "batches": 0}


def _deliver(batch):
    for row in batch:
        if not row.get("id"):
            raise MalformedRow(f"cannot deliver a row without id: {row!r}")
    delivered["rows"] += len(batch)
    delivered["batches"] += 1


def write(rows, buffer=[]):  # expect: HL101 confirmed
    buffer.extend(rows)
    if len(buffer) >= BATCH_SIZE:
        _deliver(buffer)
        buffer.clear()
    return len(buffer)
