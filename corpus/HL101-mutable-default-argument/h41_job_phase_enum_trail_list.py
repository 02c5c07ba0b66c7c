"""Job runner: Phase.enter() logs every transition into a default list shared by all members, then reports how often the phase was entered."""
import enum
import itertools


class Phase(enum.Enum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"

    def enter(self, job_id, trail=[]):  # expect: HL101 confirmed
        trail.append((self, job_id))
        return sum(1 for phase, _ in trail[-16:] if phase is self)


def run_job(job_id):
    counts = [phase.enter(job_id) for phase in Phase]
    return dict(zip((p.value for p in Phase), counts))


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    return run_job(f"job-{n:06d}")
