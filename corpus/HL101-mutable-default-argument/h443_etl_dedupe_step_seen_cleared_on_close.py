"""ETL pipeline: a DedupeStep drops records whose key it has already seen.
Its `_seen` set is created lazily (`try: self._seen except AttributeError`)
from the default set, and close() resets the step by clearing that set.
Every batch runs a fresh step, so each one binds the same default set, but
close() empties it in place at the end of the batch: it never keeps keys."""
import itertools

_batches = itertools.count()


class DedupeStep:
    def __init__(self, key):
        self.key = key

    def accept(self, record, seen=set()):  # expect: HL101 refuted
        try:
            known = self._seen
        except AttributeError:
            known = self._seen = seen
        value = record[self.key]
        if value in known:
            return False
        known.add(value)
        return True

    def close(self):
        self._seen.clear()


def scenario():
    n = next(_batches)
    step = DedupeStep("order_id")
    records = [{"order_id": f"B{n}-{i % 3}", "line": i} for i in range(5)]
    kept = [r for r in records if step.accept(r)]
    step.close()
    return len(kept)
