"""Dispatcher: sends each task to the least-loaded worker queue, counting
load in `dispatch()`'s default defaultdict(int). The counts are keyed by the
worker names, and every batch's pool reuses the names worker-0 and worker-1,
so the counts grow but the keys do not."""
import collections
import itertools
import queue
import threading

_batches = itertools.count()


# heaplint-todo: get() from an empty queue, which waits for another thread (heaplint: unknown)
def dispatch(task, queues, load=collections.defaultdict(int)):  # expect: HL101 refuted
    target = min(queues, key=lambda name: (load[name], name))
    load[target] += 1
    queues[target].put(task)


def worker(q, done):
    for task in iter(q.get, None):
        done.append("%s=%s" % task if isinstance(task, tuple) else task())


def scenario():
    n, done = next(_batches), []
    queues = {"worker-%d" % i: queue.Queue() for i in range(2)}
    threads = [threading.Thread(target=worker, args=(q, done)) for q in queues.values()]
    for t in threads:
        t.start()
    for i in range(4):
        dispatch(("order", n * 4 + i) if i % 2 else "refund-{}".format(n * 4 + i).upper, queues)
    for q in queues.values():
        q.put(None)
    for t in threads:
        t.join()
    return sorted(done)
