"""Bulk uploader: prepare_upload() returns the record count and a lazy map()
that serialises each record and, as a side effect, logs its key in the
`_staged=[]` default. This job runs in dry-run mode: it reports the count and
drops the payload unconsumed, so the map's function never runs and nothing is
appended."""
import io
import itertools
import json

_batches = itertools.count()


def prepare_upload(records, _staged=[]):  # expect: HL101 refuted
    payload = map(lambda r: _staged.append(r["key"]) or json.dumps(r), records)
    return len(records), payload


def scenario(dry_run=True):
    n = next(_batches)
    records = [{"key": f"inventory/{n}/item-{i}.json", "qty": n + i} for i in range(3)]
    count, payload = prepare_upload(records)
    sink = io.StringIO()
    if not dry_run:
        for line in payload:
            sink.write(line + "\n")
    return count, len(sink.getvalue())
