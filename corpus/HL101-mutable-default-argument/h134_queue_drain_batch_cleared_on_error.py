"""Log shipper: a worker thread drains a queue.Queue into a batch until the
None sentinel (skipping blank lines) and ships it. The batch is `drain()`'s
default list; it is cleared only when shipping raises, so on the normal path
every shipped line stays in it."""
import itertools
import queue
import threading

_runs = itertools.count()


def ship(lines):
    return sum(len(line) for line in lines)


# heaplint-todo: get() from an empty queue, which waits for another thread (heaplint: unknown)
def drain(q, out, batch=[]):  # expect: HL101 confirmed
    while True:
        line = q.get()
        if line is None:
            break
        if not line.strip():
            continue
        batch.append(line)
    try:
        out.append(ship(batch))
    except Exception:
        batch.clear()
        raise


def scenario():
    n, q, out = next(_runs), queue.Queue(), []
    worker = threading.Thread(target=drain, args=(q, out), name="shipper-%d" % n)
    worker.start()
    for line in ["run=%d line=%d status=ok" % (n, i) for i in range(3)] + ["  ", None]:
        q.put(line)
    worker.join()
    return out[0]
