"""Scheduler tick: run one nightly job per call, each with a new job name."""
import itertools

from jobs import runner

_ticks = itertools.count(1)

CONFIG = {"retry": {"attempts": 3}, "mail": {"host": "smtp.example"}}


def scenario():
    n = next(_ticks)
    return runner.run_job(CONFIG, "export-%d" % n, run_id="run-%08d" % n)
