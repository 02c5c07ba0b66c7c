"""Scheduler bookkeeping: `track()` keeps runs in flight in a dict default
keyed by run id, dispatching on the event type. Every event but `Started`
is terminal and pops the run, so only running jobs stay in the dict."""
import itertools
from dataclasses import dataclass

_runs = itertools.count()


@dataclass
class Started:
    run_id: str
    job: str


@dataclass
class Finished:
    run_id: str


@dataclass
class Failed:
    run_id: str
    error: str


def track(event, inflight={}):  # expect: HL101 refuted
    if isinstance(event, Started):
        inflight[event.run_id] = event.job
        return "%s started (%d in flight)" % (event.job, len(inflight))
    job = inflight.pop(event.run_id, "?")
    return "%s failed: %s" % (job, event.error) if isinstance(event, Failed) else "%s finished" % job


def scenario():
    n = next(_runs)
    run_id = "run-%06d" % n
    track(Started(run_id, "ingest-%d" % n))
    return track(Failed(run_id, "exit status 1") if n % 2 else Finished(run_id))
