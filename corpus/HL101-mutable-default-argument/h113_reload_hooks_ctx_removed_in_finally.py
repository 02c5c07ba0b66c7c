"""Config reloader: a worker subscribes its reload callback for the length of
a `with reload_hook(cb):` block. The context manager removes the callback in
`finally`, so a job that fails inside the block unsubscribes too."""
import contextlib
import itertools

_jobs = itertools.count()


@contextlib.contextmanager
def reload_hook(callback, _hooks=[]):  # expect: HL101 refuted
    _hooks.append(callback)
    try:
        yield _hooks
    finally:
        _hooks.remove(callback)


class Worker:
    def __init__(self, name):
        self.name, self.config = name, {}

    def on_reload(self, config):
        self.config = {k: v for k, v in config.items() if not k.startswith("_")}


def scenario():
    n = next(_jobs)
    worker = Worker(f"worker-{n}")
    try:
        with reload_hook(worker.on_reload) as hooks:
            for hook in hooks:
                hook({"batch_size": 10 + n % 5, "_source": f"reload-{n}"})
            if n % 2:
                raise ValueError("batch %d rejected" % n)
    except ValueError:
        pass
    return worker.config
