"""Firmware updater: images are verified block by block, and `crc_cached`
decorates the checksum functions, memoizing each result by (function name,
block bytes) in the decorator's dict default, which every decorated function
shares. The first block carries the image version, so every update adds
keys, but the memo is a FIFO: past 32 entries the oldest key is evicted."""
import functools
import itertools
import struct
import zlib

_images = itertools.count()


def crc_cached(func, _memo={}):  # expect: HL101 refuted
    @functools.wraps(func)
    def wrapper(block):
        key = (func.__name__, bytes(block))
        if key not in _memo:
            if len(_memo) >= 32:
                del _memo[next(iter(_memo))]
            _memo[key] = func(block)
        return _memo[key]
    return wrapper


@crc_cached
def crc32(block):
    return zlib.crc32(block) & 0xFFFFFFFF


@crc_cached
def adler32(block):
    return zlib.adler32(block)


def scenario():
    n = next(_images)
    view = memoryview(struct.pack("<I", n) + b"firmware" * 16)
    blocks = [view[i:i + 32] for i in range(0, len(view), 32)]
    return "%08x/%08x" % (crc32(blocks[0]), max(adler32(b) for b in blocks))
