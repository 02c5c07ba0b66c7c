"""Order sink: rows are buffered and handed to the fulfilment API in batches."""
BATCH_SIZE = 5
sent = {"orders": 0, "requests": 0}


def _post(batch):
    body = [
        {"order": int(row["order"]), "sku": row["sku"], "qty": int(row["qty"])}
        for row in batch
    ]
    sent["orders"] += len(body)
    sent["requests"] += 1
    return len(body)


def write(rows, buffer=[]):  # expect: HL101 confirmed
    """Buffer rows and post a batch once BATCH_SIZE rows are waiting."""
    buffer.extend(rows)
    if len(buffer) == BATCH_SIZE:
        _post(buffer)
        del buffer[:]
    return len(buffer)
