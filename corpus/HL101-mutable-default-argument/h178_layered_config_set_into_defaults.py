"""Job runner configuration: Config(defaults={}) keeps its values in the
dict it was given, and set() writes there. Each job builds a Config without
passing defaults and sets a per-job `jobs.<id>.owner` key, so every job's key
is stored in the one default dict shared by all Config instances."""
import itertools

_jobs = itertools.count()


class Config:
    def __init__(self, defaults={}):  # expect: HL101 confirmed
        self._values = defaults

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
