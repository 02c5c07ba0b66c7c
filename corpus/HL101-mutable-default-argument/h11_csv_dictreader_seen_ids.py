"""Import job: orders arrive as CSV text; rows already imported are skipped by id, and every new id joins the default set."""
import csv
import io
import itertools


def new_orders(text, seen_ids=set()):  # expect: HL101 confirmed
    fresh = []
    for row in csv.DictReader(io.StringIO(text)):
        if row["id"] in seen_ids:
            continue
        seen_ids.add(row["id"])
        fresh.append({"id": row["id"], "total": float(row["total"])})
    return fresh


_batches = itertools.count()


def scenario():
    n = next(_batches)
    text = "id,total\n" + "".join(f"ord-{n}-{i},{n + i}.50\n" for i in range(3))
    return sum(o["total"] for o in new_orders(text))
