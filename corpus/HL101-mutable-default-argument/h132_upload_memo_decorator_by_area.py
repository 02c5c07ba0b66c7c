"""Upload classifier for a document store. `memoize_by(key)` is a decorator
factory whose default dict is shared by every function it decorates. Both
uses key on something from a short fixed list: `content_type()` on the
extension, `storage_tier()` on the upload area (`/uploads/<area>/...`)."""
import functools
import itertools
import os.path
from pathlib import PurePosixPath

_uploads = itertools.count()
TYPES = {".pdf": "application/pdf", ".png": "image/png", ".csv": "text/csv"}


# heaplint-todo: the upload area and the extension are parts cut out of path text heaplint does not know, which may repeat (heaplint: unknown)
def memoize_by(key, _cache={}):  # expect: HL101 refuted
    def decorate(fn):
        @functools.wraps(fn)
        def wrapper(path):
            if isinstance(path, os.PathLike):
                path = os.fspath(path)
            slot = (fn.__name__, key(path))
            return _cache[slot] if slot in _cache else _cache.setdefault(slot, fn(path))
        return wrapper
    return decorate


@memoize_by(lambda p: os.path.splitext(p)[1].lower())
def content_type(path):
    return TYPES.get(os.path.splitext(path)[1].lower(), "application/octet-stream")


@memoize_by(lambda p: os.path.normpath(p).split(os.sep)[2])
def storage_tier(path):
    return "cold" if os.path.normpath(path).split(os.sep)[2] == "archive" else "hot"


def scenario():
    n = next(_uploads)
    path = "/uploads/%s/u%d/scan-%d.PDF" % (("inbox", "archive", "shared")[n % 3], n, n)
    return content_type(PurePosixPath(path)), storage_tier(path)
