"""Job runner configuration: Config(defaults={}) copies the dict it was given
with dict(defaults), and set() writes into that copy. Each job sets a per-job
`jobs.<id>.owner` key, which lives only as long as that job's Config; the
default dict is never written to."""
import itertools

_jobs = itertools.count()


class Config:
    def __init__(self, defaults={}):  # expect: HL101 refuted
        self._values = dict(defaults)

    def set(self, key, value):
        self._values[key] = value
        return self

    def get(self, key, fallback=None):
        return self._values.get(key, fallback)


def run_job(job_id, owner):
    config = Config().set(f"jobs.{job_id}.owner", owner).set("retries", 3)
    return config.get(f"jobs.{job_id}.owner"), config.get("retries")


def scenario():
    n = next(_jobs)
    return run_job(f"nightly-{n:06d}", f"team-{n % 13}@example.com")
