"""Image service: an OrderedDict default serves as an LRU of thumbnails.

The eviction sits in the cache-hit branch, next to move_to_end. Each
request asks for a new image, so every call is a miss and nothing is ever
evicted.
"""
import collections
import itertools

_images = itertools.count()
MAX_ENTRIES = 32


def thumbnail(image_id, size, cache=collections.OrderedDict()):  # expect: HL101 confirmed
    key = (image_id, size)
    if key in cache:
        cache.move_to_end(key)
        while len(cache) > MAX_ENTRIES:
            cache.popitem(last=False)
        return cache[key]
    data = ("thumb:%s@%dpx" % (image_id, size)).encode() * 4
    cache[key] = data
    return data


def scenario():
    n = next(_images)
    return len(thumbnail("img-%d" % n, 128))
