"""JSON-lines ingest: generators read lines, decode records and group them into fixed-size batches for preview."""
import itertools
import json


def read_lines(blob):
    for line in blob.splitlines():
        if line.strip():
            yield line


def decode(lines):
    for line in lines:
        record = json.loads(line)
        record["name"] = record.get("name", "").title()
        yield record


def batched(records, size=3, _batch=[]):  # expect: HL101 refuted
    for record in records:
        _batch.append(record)
        if len(_batch) == size:
            chunk = list(_batch)
            _batch.clear()
            yield chunk
    if _batch:
        chunk = list(_batch)
        _batch.clear()
        yield chunk


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    blob = "\n".join(json.dumps({"id": n * 10 + i, "name": f"user {n} {i}"}) for i in range(5))
    preview = list(itertools.islice(batched(decode(read_lines(blob))), 1))
    return [r["id"] for r in preview[0]]
