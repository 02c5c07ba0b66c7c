"""In-memory blob store appended to from worker threads: `lock_for()` hands
out a lock from a default dict with setdefault, so concurrent appends to the
same blob serialize. Locks are striped by a CRC of the path into eight
slots, so the dict never holds more than eight locks however many paths."""
import itertools
import threading
import zlib

_uploads = itertools.count()


def lock_for(path, _stripes={}):  # expect: HL101 refuted
    return _stripes.setdefault(zlib.crc32(path.encode()) % 8, threading.Lock())


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
