"""Workers: a base worker's __init__ adds every instance to a default
'live' set so a supervisor can enumerate them; nothing ever removes a
finished worker, so the default set keeps every worker alive."""
import itertools

_ids = itertools.count()


class Worker:
    def __init__(self, name, live=set()):  # expect: HL101 confirmed
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
