import itertools

from etl.sinks import CsvSink

_sink = CsvSink()
_ids = itertools.count()


def scenario():
    n = next(_ids)
    _sink.write({"id": n, "name": f"row-{n}", "score": n % 97})
    return _sink.rows_out
