"""Thumbnail service: recently rendered thumbnails are kept in a small LRU."""
import collections
import itertools
import zlib


def _render(path, size):
    w, h = size
    seed = zlib.crc32(path.encode())
    return bytes((seed + i) % 251 for i in range(w * h // 256))


def thumbnail(path, size=(128, 128), maxsize=32, _lru=collections.OrderedDict()):  # expect: HL101 refuted
    key = (path, size)
    if key in _lru:
        _lru.move_to_end(key)
        return _lru[key]
    data = _lru[key] = _render(path, size)
    if maxsize is not None and len(_lru) > maxsize:
        _lru.popitem(last=False)
    return data


_uploads = itertools.count(1)


def scenario():
    n = next(_uploads)
    path = f"media/uploads/{n // 1000}/{n}.jpg"
    thumbnail(path)
    return len(thumbnail(path))
