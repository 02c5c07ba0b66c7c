"""Warehouse sink: rows are queued and shipped to the loader in batches."""
BATCH_SIZE = 6
shipped = {"rows": 0, "batches": 0, "bytes": 0}


def _ship(batch):
    payload = "\n".join(f"{row['sku']}\t{int(row['qty'])}" for row in batch)
    shipped["rows"] += len(batch)
    shipped["batches"] += 1
    shipped["bytes"] += len(payload.encode())


def write(rows, buffer=[]):  # expect: HL101 refuted
    """Queue rows; ship once a full batch is waiting. Returns how many are still queued."""
    buffer.extend(rows)
    if len(buffer) >= BATCH_SIZE:
        _ship(buffer)
        buffer.clear()
    return len(buffer)
