"""Image service: an OrderedDict default as an LRU of rendered thumbnails, evicted past 64 entries."""
# oracle: calls=100
import collections
import itertools


def thumbnail(path, width, _lru=collections.OrderedDict()):  # expect: HL101 refuted
    key = (path, width)
    if key in _lru:
        _lru.move_to_end(key)
        return _lru[key]
    data = bytes(f"{path}@{width}".encode()) * 4
    _lru[key] = data
    if len(_lru) > 64:
        _lru.popitem(last=False)
    return data


_images = itertools.count()


def scenario():
    n = next(_images)
    thumbnail(f"/media/upload-{n}.jpg", 128)
    thumbnail(f"/media/upload-{n}.jpg", 128)
