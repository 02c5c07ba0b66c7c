"""Scheduler bookkeeping: `track()` keeps runs in flight in a dict default
keyed by run id, dispatching on the event type. `Finished` pops the run,
but `Failed` only reads it, so every failed run stays "in flight"."""
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


def track(event, inflight={}):  # expect: HL101 confirmed
    if isinstance(event, Started):
        inflight[event.run_id] = event.job
        return "%s started (%d in flight)" % (event.job, len(inflight))
    if isinstance(event, Finished):
        return "%s finished" % inflight.pop(event.run_id, "?")
    return "%s failed: %s" % (inflight.get(event.run_id, "?"), event.error)


def scenario():
    n = next(_runs)
    run_id = "run-%06d" % n
    track(Started(run_id, "ingest-%d" % n))
    return track(Failed(run_id, "exit status 1") if n % 2 else Finished(run_id))
