"""registry: every job the process knows about, periodic and one-shot."""
__all__ = ["Job", "JOBS", "add_job", "every", "once"]


class Job:
    def __init__(self, name, fn, interval=None, due=0):
        self.name = name
        self.fn = fn
        self.interval = interval  # None: run once
        self.due = due
        self.done = False


def add_job(job, jobs=[]):  # expect: HL101 confirmed
    """File a job with the scheduler and return the job table."""
    jobs.append(job)
    return jobs


JOBS = add_job.__defaults__[0]  # the live table the scheduler walks


def every(seconds):
    """Decorator: run the function every `seconds`, starting at the first tick."""

    def register(fn):
        add_job(Job(fn.__name__, fn, interval=seconds))
        return fn

    return register


def once(fn, at, *args):
    """Run fn(*args) one time, at the first tick at or after `at`."""
    return add_job(Job(f"{fn.__name__}@{at}", lambda: fn(*args), due=at))[-1]
