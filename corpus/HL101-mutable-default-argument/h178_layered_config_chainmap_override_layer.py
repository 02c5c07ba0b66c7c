"""Layered job configuration on collections.ChainMap: Config(defaults={})
builds ChainMap({}, defaults), a fresh override layer in front of the
defaults. ChainMap writes go to the first mapping, so the per-job
`jobs.<id>.owner` keys land in that job's own layer; defaults are only read."""
import collections
import itertools

_jobs = itertools.count()


class Config:
    def __init__(self, defaults={}):  # expect: HL101 refuted
        self._layers = collections.ChainMap({}, defaults)

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
