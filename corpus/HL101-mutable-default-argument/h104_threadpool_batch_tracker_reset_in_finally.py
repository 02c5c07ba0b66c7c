"""Thumbnail batch runner: `batch()` lists each future in a default in-flight
tracker and drops the batch's own futures in a `finally`, so a block that
raises (an empty image surfaced by `result()`) still takes them out again."""
import concurrent.futures
import contextlib
import itertools
import types
import zlib

_batches = itertools.count()


def render(name, data):
    if not data:
        raise ValueError("empty image %s" % name)
    return name, zlib.crc32(data) & 0xFFFF


@contextlib.contextmanager
def batch(pool, tracker=types.SimpleNamespace(jobs=[])):  # expect: HL101 refuted
    mine = []
    def submit(fn, *args):
        mine.append(pool.submit(fn, *args))
        tracker.jobs.append(mine[-1])
        return mine[-1]
    try:
        yield submit
    finally:
        concurrent.futures.wait(mine)
        tracker.jobs[:] = [job for job in tracker.jobs if job not in mine]


def scenario():
    n = next(_batches)
    images = {"img-%d-%d.png" % (n, i): b"px%d" % n * (i or n % 3) for i in range(3)}
    try:
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool, batch(pool) as submit:
            return dict(f.result() for f in [submit(render, k, v) for k, v in images.items()])
    except ValueError:
        return {}
