"""Stock sink: cleaned rows are queued and flushed to the ledger."""
BATCH_SIZE = 3
ledger = {"rows": 0, "qty": 0, "last_batch": None}


def _flush(batch):
    for row in batch:
        ledger["rows"] += 1
        ledger["qty"] += row["qty"]
        ledger["last_batch"] = row["batch"]


def write(rows, buffer=[]):  # expect: HL101 refuted
    buffer.extend(rows)
    if len(buffer) >= BATCH_SIZE:
        _flush(buffer)
        buffer.clear()
    return len(buffer)
