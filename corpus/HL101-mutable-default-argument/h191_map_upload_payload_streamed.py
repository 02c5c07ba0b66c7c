"""Bulk uploader: prepare_upload() returns the record count and a lazy map()
that serialises each record and, as a side effect, logs its key in the
`_staged=[]` default. The sync job streams the payload to the (in-memory)
sink, which runs the map, so every uploaded key is appended for good."""
import io
import itertools
import json

_batches = itertools.count()


def prepare_upload(records, _staged=[]):  # expect: HL101 confirmed
    payload = map(lambda r: _staged.append(r["key"]) or json.dumps(r), records)
    return len(records), payload


def scenario():
    n = next(_batches)
    records = [{"key": f"inventory/{n}/item-{i}.json", "qty": n + i} for i in range(3)]
    count, payload = prepare_upload(records)
    sink = io.StringIO()
    for line in payload:
        sink.write(line + "\n")
    return count, len(sink.getvalue())
