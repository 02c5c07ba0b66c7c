"""Settlement sink: payment rows are batched before posting to the ledger service."""
BATCH_SIZE = 4
posted = {"rows": 0, "cents": 0}


def _post(batch):
    posted["rows"] += len(batch)
    posted["cents"] += sum(round(float(row["amount"]) * 100) for row in batch)


def write(rows, buffer=[]):  # expect: HL101 refuted
    buffer.extend(rows)
    if len(buffer) >= BATCH_SIZE:
        _post(buffer)
        buffer.clear()
    return len(buffer)
