"""Metrics shipper: a size-triggered batcher that also flushes on close(); flush() hands the sink a copy and rebinds self.pending to a new list, so the default list keeps every item added before a flush."""
import itertools
import json


class Batcher:
    def __init__(self, sink, size=100, pending=[]):  # expect: HL101 confirmed
        self.sink, self.size, self.pending = sink, size, pending

    def add(self, item):
        self.pending.append(item)
        if len(self.pending) >= self.size:
            self.flush()

    def flush(self):
        if self.pending:
            self.sink(list(self.pending))
            self.pending = []

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
