"""@task: turn a function into a queueable job registered under a name."""
from . import broker

__all__ = ["task", "Job"]


class Job:
    def __init__(self, name, fn):
        self.name = name
        self.fn = fn

    def __call__(self, *args):
        return self.fn(*args)

    def delay(self, *args):
        return broker.publish(self, args)


def task(name=None, registry={}):  # expect: HL101 refuted
    """Register the decorated function; registry maps job names to jobs."""
    def decorate(fn):
        job = Job(name or f"{fn.__module__}.{fn.__name__}", fn)
        registry[job.name] = job
        job.registry = registry
        return job
    return decorate
