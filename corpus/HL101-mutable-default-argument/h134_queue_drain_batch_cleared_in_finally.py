"""Log shipper: a worker thread drains a queue.Queue into a batch until the
None sentinel (skipping blank lines) and ships it. The batch is `drain()`'s
default list, reused to save an allocation; a `finally` clears it after
shipping, on success and on error alike."""
import itertools
import queue
import threading

_runs = itertools.count()


def ship(lines):
    return sum(len(line) for line in lines)


def drain(q, out, batch=[]):  # expect: HL101 refuted
    while True:
        line = q.get()
        if line is None:
            break
        if not line.strip():
            continue
        batch.append(line)
    try:
        out.append(ship(batch))
    finally:
        batch.clear()


def scenario():
    n, q, out = next(_runs), queue.Queue(), []
    worker = threading.Thread(target=drain, args=(q, out), name="shipper-%d" % n)
    worker.start()
    for line in ["run=%d line=%d status=ok" % (n, i) for i in range(3)] + ["  ", None]:
        q.put(line)
    worker.join()
    return out[0]
