"""Metrics flusher: the pending default list is handed to a flush thread, which empties it."""
import itertools
import threading


def _flush(batch, sink):
    sink.append(len(batch))
    batch.clear()


def enqueue_metric(name, value, pending=[]):  # expect: HL101 refuted
    pending.append((name, value))
    sink = []
    worker = threading.Thread(target=_flush, args=(pending, sink))
    worker.start()
    worker.join()
    return sink[0]


_samples = itertools.count()


def scenario():
    n = next(_samples)
    enqueue_metric(f"queue.depth.{n % 8}", n)
