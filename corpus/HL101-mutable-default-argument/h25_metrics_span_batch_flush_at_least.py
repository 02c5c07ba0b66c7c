"""Request metrics: start/end events are batched and shipped when the batch is full."""
import itertools
import json

LIMIT = 9
_shipped = []


def record(events, _batch=[]):  # expect: HL101 refuted
    _batch.extend(events)
    if len(_batch) >= LIMIT:
        _shipped[:] = [json.dumps(_batch)]
        _batch.clear()
    return len(_batch)


def handle(request_id, path):
    start = {"ev": "start", "id": request_id, "path": path}
    result = f"200 {path}"
    record([start, {"ev": "end", "id": request_id, "status": 200}])
    return result


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return handle(n, f"/api/items/{n}")
