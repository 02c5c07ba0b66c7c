"""Nightly export worker: one export job per call."""
import itertools

import exports

_jobs = itertools.count(1)


def scenario():
    n = next(_jobs)
    rows = [{"sku": f"S{n}-{i}", "qty": (n + i) % 7} for i in range(3)]
    outputs, warnings = exports.run_job(n, rows)
    assert len(outputs) == 1 and warnings, (outputs, warnings)
    return outputs, warnings
