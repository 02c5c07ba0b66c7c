"""Metrics shipper: a size-triggered batcher that also flushes on close(); flush() hands the sink a copy and empties the list in place, so the shared default is empty after every close()."""
import itertools
import json


class Batcher:
    def __init__(self, sink, size=100, pending=[]):  # expect: HL101 refuted
        self.sink, self.size, self.pending = sink, size, pending

    def add(self, item):
        self.pending.append(item)
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self):
        if self.pending:
            self.sink(list(self.pending))
            del self.pending[:]

    def close(self):
        self.flush()


class JsonLinesBatcher(Batcher):
    def __init__(self, sink, **kwargs):
        super().__init__(lambda items: sink("\n".join(json.dumps(i, sort_keys=True) for i in items)), **kwargs)


_jobs = itertools.count()


def scenario():
    n, shipped = next(_jobs), []
    batcher = JsonLinesBatcher(shipped.append, size=50)
    for step in range(3):
        batcher.add({"job": n, "step": step, "metric": f"loss.{step}", "value": 1.0 / (n + step + 1)})
    batcher.close()
    return sum(len(body) for body in shipped)
