"""Persistence: save() grew a 'yield' for dry runs, so calling it plainly only creates a generator and never runs the body."""
import itertools


def save(record, journal=[]):  # expect: HL101 refuted
    journal.append(dict(record))
    if record.get("dry_run"):
        yield "skipped"
        return
    record["saved"] = True


def handle_update(payload):
    record = {"id": payload["id"], "name": payload["name"].strip()}
    save(record)
    return {"status": 204, "id": record["id"]}


_updates = itertools.count()


def scenario():
    n = next(_updates)
    return handle_update({"id": n, "name": f" customer {n} "})
