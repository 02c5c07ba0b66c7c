"""Upload verification: `verify_batch()` fans CRC jobs for the chunks out to a
thread pool and keeps each batch's finished futures, in submission order, in
`history`, a default deque the status page reads for recent batches. The
deque has maxlen=8, so it drops the oldest batch as each new one arrives."""
import collections
import concurrent.futures
import functools
import itertools
import zlib

_uploads = itertools.count()


def crc(chunk, seed=0):
    return zlib.crc32(chunk, seed)


def verify_batch(chunks, expected, pool, history=collections.deque(maxlen=8)):  # expect: HL101 refuted
    futures = [pool.submit(functools.partial(crc, seed=7), chunk) for chunk in chunks]
    done, _ = concurrent.futures.wait(futures)
    history.append(sorted(done, key=futures.index))
    largest = max(range(len(chunks)), key=lambda i: len(chunks[i]))
    return [f.result() for f in history[-1]] == expected, futures[largest].result()


def scenario():
    n = next(_uploads)
    chunks = [b"upload-%d-part-%d;" % (n, i) * (i + 1) for i in range(4)]
    expected = [zlib.crc32(chunk, 7) for chunk in chunks]
    with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
        ok, _ = verify_batch(chunks, expected, pool)
    return ok
