"""Scheduler: job outcomes are recorded in a defaultdict(list) default keyed by a `State` enum member.

Only three enum members can ever be keys, which bounds the dict. But each
key's list gets a new `RunRecord` per run and is only ever read back through
slices (`[-5:]`, `[::-1]`), which copy: nothing trims the lists, so the
histories grow by one record per scheduled run.
"""
import collections
import enum
import itertools
import typing


class State(enum.Enum):
    OK = "ok"
    RETRY = "retry"
    FAILED = "failed"


class RunRecord(typing.NamedTuple):
    job: str
    run_id: int
    state: State
    duration_ms: int


def record_run(job, run_id, state, duration_ms, _history=collections.defaultdict(list)):  # expect: HL101 confirmed
    runs = _history[state]
    runs.append(RunRecord(job, run_id, state, duration_ms))
    recent = runs[-5:]
    return [r.run_id for r in recent[::-1]]


def classify(exit_code, attempt):
    if exit_code == 0:
        return State.OK
    return State.RETRY if attempt < 3 else State.FAILED


def tick(jobs, run_id):
    summary = collections.Counter()
    for offset, (name, exit_code) in enumerate(jobs):
        state = classify(exit_code, offset)
        record_run(name, run_id * 10 + offset, state, 5 + offset * 3)
        summary[state.value] += 1
    return dict(summary)


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    jobs = [("backup", 0), ("reindex", n % 2), ("mail", 0 if n % 5 else 1)]
    return tick(jobs, n)
