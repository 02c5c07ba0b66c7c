"""Layered job configuration on collections.ChainMap: Config(defaults={})
wraps its defaults as ChainMap(defaults). A ChainMap writes into its first
mapping, which here is the default dict itself, so every job's per-job
`jobs.<id>.owner` key set through set() stays in the shared default."""
import collections
import itertools

_jobs = itertools.count()


class Config:
    def __init__(self, defaults={}):  # expect: HL101 confirmed
        self._layers = collections.ChainMap(defaults)

    def set(self, key, value):
        self._layers[key] = value
        return self

    def get(self, key, fallback=None):
        return self._layers.get(key, fallback)


def run_job(job_id, owner):
    config = Config().set(f"jobs.{job_id}.owner", owner).set("retries", 3)
    return config.get(f"jobs.{job_id}.owner"), config.get("retries")


def scenario():
    n = next(_jobs)
    return run_job(f"nightly-{n:06d}", f"team-{n % 13}@example.com")
