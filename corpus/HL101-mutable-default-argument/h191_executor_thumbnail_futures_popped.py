"""Thumbnail service: render() submits one resize job per width to a shared
ThreadPoolExecutor and files each future in the `_pending={}` default under
its job name, so a status page could look jobs up. Collecting the results
pops each entry before calling result(), so the dict is empty again when
render() returns."""
import concurrent.futures
import itertools

_pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="thumbs")
_uploads = itertools.count()


def _resize(name, width):
    return f"{name.rsplit('.', 1)[0]}@{width}w.webp"


def render(name, widths, _pending={}):  # expect: HL101 refuted
    for width in widths:
        _pending[(name, width)] = _pool.submit(_resize, name, width)
    return [_pending.pop((name, width)).result() for width in widths]


def scenario():
    n = next(_uploads)
    return render(f"uploads/photo-{n:06d}.jpg", (160, 320))
