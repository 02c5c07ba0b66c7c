"""Test runner helper: `tally()` groups a run's results with `itertools.groupby` and adds the group sizes to a `Counter` default.

The running totals survive across test sessions, as in pytest-style terminal
summaries. The keys are `Outcome` enum members, so at most four keys exist;
each session only increments the integer counts, and the counter never grows.
"""
import collections
import enum
import itertools
import operator


class Outcome(enum.Enum):
    PASSED = "passed"
    FAILED = "failed"
    SKIPPED = "skipped"
    XFAIL = "xfail"


class TestResult:
    __slots__ = ("nodeid", "outcome", "duration")

    def __init__(self, nodeid, outcome, duration):
        self.nodeid = nodeid
        self.outcome = outcome
        self.duration = duration


_by_outcome = operator.attrgetter("outcome.value")


def tally(results, _totals=collections.Counter()):  # expect: HL101 refuted
    for _, group in itertools.groupby(sorted(results, key=_by_outcome), key=_by_outcome):
        group = list(group)
        _totals[group[0].outcome] += len(group)
    return ", ".join(f"{_totals[o]} {o.value}" for o in Outcome if _totals[o])


def run_session(session_id):
    results = []
    for i, outcome in enumerate(itertools.islice(itertools.cycle(Outcome), session_id % 4, session_id % 4 + 6)):
        nodeid = f"tests/test_mod{session_id}.py::test_case_{i}"
        results.append(TestResult(nodeid, outcome, 0.01 * i))
    slowest = max(results, key=operator.attrgetter("duration"))
    return tally(results), slowest.nodeid


_sessions = itertools.count()


def scenario():
    return run_session(next(_sessions))
