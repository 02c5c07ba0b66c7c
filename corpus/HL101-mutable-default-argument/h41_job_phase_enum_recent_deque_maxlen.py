"""Job runner: Phase.enter() keeps the most recent transitions in a default deque with maxlen=16, shared by every member; old entries fall off."""
import collections
import enum
import itertools


class Phase(enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"

    def enter(self, job_id, recent=collections.deque(maxlen=16)):  # expect: HL101 refuted
        recent.append((self, job_id))
        return sum(1 for phase, _ in recent if phase is self)


def run_job(job_id):
    counts = [phase.enter(job_id) for phase in Phase]
    return dict(zip((p.value for p in Phase), counts))


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return run_job(f"job-{n:06d}")
