"""Export job with scratch buffers: `open_buffer()` hands out a bytearray and
a `release()` closure, and registers the closure in `live`, the default list
of outstanding buffers a shutdown hook could free. `release()` removes itself
from `live`, and the export calls it in `finally`, so `live` holds at most
the buffer in use."""
import itertools

_jobs = itertools.count()


def open_buffer(size, live=[]):  # expect: HL101 refuted
    buf = bytearray(size)

    def release():
        live.remove(release)
        buf.clear()

    live.append(release)
    return buf, release


def export(rows):
    buf, release = open_buffer(32 * len(rows))
    try:
        for i, row in enumerate(rows):
            data = row.encode().ljust(32)[:32]
            buf[32 * i:32 * (i + 1)] = data
        return bytes(buf)
    finally:
        release()


def scenario():
    n = next(_jobs)
    return export(["row-%d-%d,%d" % (n, i, i * n) for i in range(8)])
