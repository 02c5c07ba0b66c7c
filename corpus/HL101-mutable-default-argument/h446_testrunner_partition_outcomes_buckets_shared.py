"""Test runner: partition() sorts results into (passed, failed) buckets and
returns the pair. The buckets come from the default tuple `([], [])`: the
tuple is immutable, but its two lists are the same lists on every call, so
each run's results pile up in them."""
import itertools

_runs = itertools.count()


class Result:
    def __init__(self, test_id, ok, duration):
        self.test_id = test_id
        self.ok = ok
        self.duration = duration


def partition(results, buckets=([], [])):  # expect: HL101 confirmed
    passed, failed = buckets
    for result in results:
        (passed if result.ok else failed).append(result)
    return passed, failed


def summary(results):
    passed, failed = partition(results)
    return "%d passed, %d failed" % (len(passed), len(failed))


def scenario():
    n = next(_runs)
    results = [Result(f"run{n}::test_{i}", i % 3 != 0, 0.01 * i) for i in range(4)]
    return summary(results)
