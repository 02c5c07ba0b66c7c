def add_row(batch, row):
    if batch.closed:
        raise ValueError(f"batch {batch.source} is closed")
    batch.rows.append(row)
    return batch
