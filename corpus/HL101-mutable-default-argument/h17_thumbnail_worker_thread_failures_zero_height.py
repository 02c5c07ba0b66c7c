"""Thumbnail batch: a worker thread takes images off a queue and resizes them; failures go to the batch summary."""
import itertools
import queue
import threading


class ResizeError(ValueError):
    pass


def resize(image, box=128):
    try:
        ratio = image["width"] / image["height"]
    except ZeroDivisionError as exc:
        raise ResizeError(f"{image['name']}: bad header") from exc
    return (box, round(box / ratio)) if ratio >= 1 else (round(box * ratio), box)


def worker(jobs, done, failures=[]):  # expect: HL101 confirmed
    while True:
        image = jobs.get()
        if image is None:
            break
        try:
            done.append(resize(image))
        except ResizeError as exc:
            failures.append(exc)


def run_batch(images):
    jobs, done = queue.Queue(), []
    for image in images:
        jobs.put(image)
    jobs.put(None)
    thread = threading.Thread(target=worker, args=(jobs, done))
    thread.start()
    thread.join()
    return done


_batches = itertools.count()


def scenario():
    n = next(_batches)
    return run_batch([{"name": f"b{n}-a.jpg", "width": 640, "height": 480}, {"name": f"b{n}-b.jpg", "width": 90, "height": 0}])
