"""Ingest: duplicates inside one batch are dropped with a seen set, which is emptied of the batch's keys with difference_update before returning."""
import itertools


def dedupe_batch(records, seen=set()):  # expect: HL101 refuted
    keys = [f"{r['src']}:{r['id']}" for r in records]
    out = []
    for key, rec in zip(keys, records):
        if key in seen:
            continue
        seen.add(key)
        out.append(rec)
    seen.difference_update(keys)
    return out


_batches = itertools.count()


def scenario():
    n = next(_batches)
    recs = [{"src": "web", "id": n}, {"src": "app", "id": n}, {"src": "web", "id": n}]
    return dedupe_batch(recs)
