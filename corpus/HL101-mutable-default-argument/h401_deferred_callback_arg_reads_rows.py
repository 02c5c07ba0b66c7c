"""Async client: fetch_rows() hands its default result list to a Deferred callback as an extra argument; the callback only reads its length to tag the row."""
import itertools


class Deferred:
    def __init__(self):
        self._callbacks = []

    def add_callback(self, fn, *args):
        self._callbacks.append((fn, args))

    def callback(self, result):
        while self._callbacks:
            fn, args = self._callbacks.pop(0)
            result = fn(result, *args)
        return result


def _collect(row, sink):
    sink.append(row)


def _tag(row, sink):
    return {"row": row, "batch": len(sink)}


def fetch_rows(query, into=[]):  # expect: HL101 refuted
    d = Deferred()
    d.add_callback(_tag, into)
    return d


_queries = itertools.count()


def scenario():
    n = next(_queries)
    d = fetch_rows(f"SELECT * FROM orders WHERE id = {n}")
    return d.callback({"id": n, "total": n * 3})
