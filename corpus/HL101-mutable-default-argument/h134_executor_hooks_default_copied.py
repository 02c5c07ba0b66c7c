"""Executor with completion hooks: `HookedExecutor` forwards its keyword
arguments to ThreadPoolExecutor and builds its own hook list from the
`hooks` default plus its counting hook; the default is only read, so each
executor's hooks die with it."""
import concurrent.futures
import itertools

_batches = itertools.count()


class HookedExecutor(concurrent.futures.ThreadPoolExecutor):
    def __init__(self, max_workers=None, hooks=[], **kwargs):  # expect: HL101 refuted
        super().__init__(max_workers, **kwargs)
        self.hooks = [*hooks, self._count]
        self.done = 0

    def _count(self, future):
        self.done += 1

    def submit(self, fn, /, *args, **kwargs):
        future = super().submit(fn, *args, **kwargs)
        for hook in self.hooks:
            future.add_done_callback(hook)
        return future


def resize(name, width):
    return "%s@%dw" % (name, width)


def scenario():
    n = next(_batches)
    with HookedExecutor(max_workers=2, thread_name_prefix="thumbs-%d" % n) as pool:
        futures = [pool.submit(resize, "img%d.png" % n, w) for w in (64, 128, 256)]
        return [f.result() for f in futures]
