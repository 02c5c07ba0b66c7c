"""Background sync: records are pushed as JSON; each distinct failure is reported once, repeats are only counted."""
import itertools
import json


class SyncError(Exception):
    pass


def push(record):
    try:
        return len(json.dumps(record["payload"]))
    except TypeError as err:
        raise SyncError(f"record payload is not JSON: {type(err).__name__}") from err


def report_once(exc, _reported=set()):  # expect: HL101 confirmed
    key = exc
    if key in _reported:
        return False
    _reported.add(key)
    return True


def sync(records):
    sent = reported = 0
    for record in records:
        try:
            sent += push(record)
        except SyncError as exc:
            reported += report_once(exc)
    return sent, reported


_batches = itertools.count()


def scenario():
    n = next(_batches)
    return sync([{"id": n, "payload": {"n": n}}, {"id": -n, "payload": {"tags": {f"t{n}"}}}])
