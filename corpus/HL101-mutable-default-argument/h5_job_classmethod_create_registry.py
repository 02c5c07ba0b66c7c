"""Scheduler: Job.create registers every job by name in a dict default of the classmethod."""
import datetime
import itertools


class Job:
    def __init__(self, name: str, every: datetime.timedelta):
        self.name = name
        self.every = every
        self.last_run: datetime.datetime | None = None

    @classmethod
    def create(cls, name: str, minutes: int, _instances: dict[str, "Job"] = {}) -> "Job":  # expect: HL101 confirmed
        job = _instances.get(name)
        if job is None:
            job = _instances[name] = cls(name, datetime.timedelta(minutes=minutes))
        return job

    @property
    def next_run(self) -> datetime.datetime:
        base = self.last_run or datetime.datetime(2024, 1, 1)
        return base + self.every

    def __repr__(self):
        return f"<Job {self.name} every {self.every}>"


class ReportJob(Job):
    def run(self, now: datetime.datetime) -> str:
        self.last_run = now
        return f"{self!r} ran at {now:%H:%M}"


_tenants = itertools.count()


def scenario():
    n = next(_tenants)
    job = ReportJob.create(f"nightly-report-tenant-{n}", 60 * 24)
    job.run(datetime.datetime(2024, 1, 1, 2, 0))
    return job.next_run
