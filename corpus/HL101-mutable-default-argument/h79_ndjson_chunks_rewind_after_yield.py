"""Streaming API response: records are encoded as newline-delimited JSON, a few records per chunk."""
import io
import itertools
import json

CHUNK_RECORDS = 2


def iter_ndjson(records, buf=io.BytesIO()):  # expect: HL101 confirmed
    for start in range(0, len(records), CHUNK_RECORDS):
        for record in records[start:start + CHUNK_RECORDS]:
            buf.write(json.dumps(record, separators=(",", ":")).encode("utf-8"))
            buf.write(b"\n")
        yield buf.getvalue()
        buf.seek(0)
        buf.truncate()


def preview(records, chunks=1):
    return b"".join(itertools.islice(iter_ndjson(records), chunks))


_ids = itertools.count()


def scenario():
    n = next(_ids)
    records = [{"id": n * 5 + i, "sku": f"A-{n}-{i}", "qty": i + 1} for i in range(5)]
    return preview(records)
