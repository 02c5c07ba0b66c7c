"""Thumbnail service: render() submits one resize job per width to a shared
ThreadPoolExecutor and files each future in the `_pending={}` default under
its job name, so a status page could look jobs up. It waits on result() but
never removes the entry, so every finished future (with its result) stays."""
import concurrent.futures
import itertools

_pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbs")
_uploads = itertools.count()


def _resize(name, width):
    return f"{name.rsplit('.', 1)[0]}@{width}w.webp"


def render(name, widths, _pending={}):  # expect: HL101 confirmed
    for width in widths:
        _pending[(name, width)] = _pool.submit(_resize, name, width)
    return [_pending[(name, width)].result() for width in widths]


def scenario():
    n = next(_uploads)
    return render(f"uploads/photo-{n:06d}.jpg", (160, 320))
