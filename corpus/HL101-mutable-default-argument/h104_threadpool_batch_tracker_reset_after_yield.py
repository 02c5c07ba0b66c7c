"""Thumbnail batch runner: `batch()` hands out a `submit` that also lists each
future in a default in-flight tracker, and drops the batch's own futures from
it after the `yield`; a block that raises (an empty image surfaced by
`result()`) skips that step, and its futures stay in the shared tracker."""
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
# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 36, 15 (heaplint: unknown)
def batch(pool, tracker=types.SimpleNamespace(jobs=[])):  # expect: HL101 confirmed
    mine = []
    def submit(fn, *args):
        mine.append(pool.submit(fn, *args))
        tracker.jobs.append(mine[-1])
        return mine[-1]
    yield submit
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
