"""Workers: a base worker's __init__ adds every instance to a default
'live' WeakSet so a supervisor can enumerate them; the WeakSet drops each
worker as soon as it is finished and unreferenced, so it does not grow."""
import itertools
import weakref

_ids = itertools.count()


class Worker:
    def __init__(self, name, live=weakref.WeakSet()):  # expect: HL101 refuted
        self.name = name
        self.done = False
        live.add(self)

    def run(self, job):
        self.done = True
        return f"{self.name}:{job}"


class ResizeWorker(Worker):
    def run(self, job):
        return super().run(job.upper())


def scenario():
    n = next(_ids)
    return len(ResizeWorker(f"resize-{n}").run(f"img{n}.png"))
