"""CSV export: a streaming generator notes each finished export in its finally block, which also runs when the client stops reading."""
import itertools


def stream_rows(export_id, rows, finished=[]):  # expect: HL101 confirmed
    try:
        yield "id,name\n"
        for row in rows:
            yield f"{row['id']},{row['name']}\n"
    finally:
        finished.append(f"export-{export_id}")


_exports = itertools.count()


def scenario():
    n = next(_exports)
    rows = [{"id": n * 10 + i, "name": f"user{n}-{i}"} for i in range(4)]
    body = stream_rows(n, rows)
    header = next(body)
    first = next(body)
    return header + first
