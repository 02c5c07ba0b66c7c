from dataclasses import replace


def add_row(batch, row):
    if batch.closed:
        raise ValueError(f"batch {batch.source} is closed")
    return replace(batch, rows=[*batch.rows, row])
