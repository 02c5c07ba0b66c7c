"""Progress reporting: a callable object is passed as the callback; its __call__ keeps a default sink."""
import itertools


class ProgressPrinter:
    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, done, total, sink=[]):  # expect: HL101 confirmed
        sink.append(f"{self.prefix}: {done}/{total}")
        return sink[-1]


def copy_items(items, on_progress):
    out = []
    for i, item in enumerate(items, 1):
        out.append(item)
        on_progress(i, len(items))
    return out


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return copy_items([f"file{n}.txt", f"file{n}.bak"], ProgressPrinter(f"job{n}"))
