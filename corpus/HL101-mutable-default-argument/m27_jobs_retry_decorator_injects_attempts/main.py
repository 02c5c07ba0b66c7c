"""Worker loop: each queued job is run once through the retry wrapper."""
import itertools

from jobs.tasks import resize_image

_queue = itertools.count()


def scenario():
    n = next(_queue)
    return resize_image(f"uploads/{n:08d}.png", width=64 + n % 256)
