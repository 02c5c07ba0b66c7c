"""Nightly export: write one new customer record per call to its own CSV buffer."""
import io
import itertools

from pipeline.sinks import CsvSink

_ids = itertools.count()


def scenario():
    n = next(_ids)
    sink = CsvSink(io.StringIO(), columns=("id", "email", "plan"))
    sink.write({"id": n, "email": f"c{n}@example.com", "plan": "pro" if n % 3 else "free"})
    return sink.target.getvalue()
