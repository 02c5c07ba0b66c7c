"""Worker loop: replayed jobs carry their attempt log, fresh jobs do not."""
import itertools

from jobs.tasks import resize_image

_queue = itertools.count()


def scenario():
    n = next(_queue)
    path = f"uploads/{n:08d}.png"
    if n % 3 == 0:
        return resize_image(path, width=64 + n % 256, attempts=[("replay", 0)])
    return resize_image(path, width=64 + n % 256)
