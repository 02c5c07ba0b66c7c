"""Request context for worker threads, a hand-rolled threading.local: each
`ContextThread` keeps its values in a registry keyed by the thread object: the
shared default defaultdict; `run()` pops the thread's entry in a `finally`."""
import collections
import itertools
import threading

_requests = itertools.count()


class ContextThread(threading.Thread):
    def __init__(self, target, args=(), registry=collections.defaultdict(dict), **kwargs):  # expect: HL101 refuted
        super().__init__(target=target, args=args, **kwargs)
        self.registry = registry

    def run(self):
        self.registry[self]["request_id"] = self.name.rpartition("-")[0]
        try:
            super().run()
        finally:
            self.registry.pop(self, None)


def current(key, default=None):
    thread = threading.current_thread()
    return thread.registry[thread].get(key, default) if isinstance(thread, ContextThread) else default


def work(out, item):
    out.append("{}:{}".format(current("request_id", "-"), item.upper()))


def scenario():
    n, out = next(_requests), []
    threads = [ContextThread(work, (out, "item%d" % i), name="req%d-%d" % (n, i)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return sorted(out)
