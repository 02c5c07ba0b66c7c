"""Thumbnail service: resize_batch() computes thumbnail sizes for an upload
batch, one worker thread per image, and reports how many it produced. The
workers append into the results list they are given; the batch joins them."""
import itertools
import threading

_uploads = itertools.count()


def _thumbnail(image, results):
    scale = min(1.0, 256 / max(image["w"], image["h"]))
    results.append((image["id"], int(image["w"] * scale), int(image["h"] * scale)))


def resize_batch(images, results=[]):  # expect: HL101 refuted
    results = list(results)
    workers = [threading.Thread(target=_thumbnail, args=(image, results)) for image in images]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join()
    return len(results)


def scenario():
    n = next(_uploads)
    images = [{"id": f"img-{n}-{i}", "w": 1024 + 16 * i, "h": 768 + n % 50} for i in range(3)]
    return resize_batch(images)
