"""Thumbnail batch: a ResizeWorker (threading.Thread) computes the thumbnail
size of each image in run(), which start() runs on a new thread; the caller
joins and reads the results. run() replaces the contents of the `results=[]`
default that __init__ stored (slice assignment), so the shared list only
ever holds the last batch."""
import itertools
import threading

_batches = itertools.count()


class ResizeWorker(threading.Thread):
    def __init__(self, images, results=[]):  # expect: HL101 refuted
        super().__init__(name="resize-worker")
        self.images = images
        self.results = results

    def run(self):
        out = [(name, w * 256 // max(w, h), h * 256 // max(w, h)) for name, w, h in self.images]
        self.results[:] = out


def resize_batch(images):
    worker = ResizeWorker(images)
    worker.start()
    worker.join()
    return worker.results[-len(images):]


def scenario():
    n = next(_batches)
    images = [(f"img_{n}_{i}.jpg", 1024 + n + i, 768 + i) for i in range(4)]
    return resize_batch(images)[0][1]
