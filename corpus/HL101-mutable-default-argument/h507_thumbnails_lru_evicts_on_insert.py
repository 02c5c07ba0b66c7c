"""Image service: an OrderedDict default serves as an LRU of thumbnails.

The eviction runs after each insert, so popitem(last=False) drops the
least recently used thumbnail once there are more than 32.
"""
import collections
import itertools

_images = itertools.count()
MAX_ENTRIES = 32


def thumbnail(image_id, size, cache=collections.OrderedDict()):  # expect: HL101 refuted
    key = (image_id, size)
    if key in cache:
        cache.move_to_end(key)
        return cache[key]
    data = ("thumb:%s@%dpx" % (image_id, size)).encode() * 4
    cache[key] = data
    while len(cache) > MAX_ENTRIES:
        cache.popitem(last=False)
    return data


def scenario():
    n = next(_images)
    return len(thumbnail("img-%d" % n, 128))
