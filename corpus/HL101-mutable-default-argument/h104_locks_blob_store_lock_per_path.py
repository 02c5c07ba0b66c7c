"""In-memory blob store appended to from worker threads: `lock_for()` hands
out one lock per path from a default dict with setdefault, so concurrent
appends to the same blob serialize. Every upload writes a new path, and the
dict keeps a lock for every path ever written, long after the store is gone."""
import itertools
import threading

_uploads = itertools.count()


def lock_for(path, _locks={}):  # expect: HL101 confirmed
    return _locks.setdefault(path, threading.Lock())


class BlobStore:
    def __init__(self):
        self.blobs = {}

    def append(self, path, chunk):
        with lock_for(path):
            self.blobs[path] = self.blobs.get(path, b"") + chunk


def scenario():
    n = next(_uploads)
    store, path = BlobStore(), "/uploads/%d/data.bin" % n
    workers = [threading.Thread(target=store.append, args=(path, b"%d:%d;" % (n, i))) for i in range(3)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return len(store.blobs[path])
