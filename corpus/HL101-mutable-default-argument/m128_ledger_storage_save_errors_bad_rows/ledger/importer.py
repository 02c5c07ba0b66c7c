"""Runs every row of an export through storage.save into a fresh day batch."""
from . import storage


def import_day(day, rows):
    batch = storage.Batch(day)
    saved = 0
    for row in rows:
        if storage.save(row, batch):
            saved += 1
    return {"day": day, "saved": saved, "rejected": len(rows) - saved,
            "total_cents": batch.total()}
