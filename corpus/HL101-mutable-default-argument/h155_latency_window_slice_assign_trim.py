"""Latency monitor: each request's (route, milliseconds) sample is appended
to a default list and the p95 is computed over the newest `window` samples.
The list is trimmed in place with `_samples[:] = _samples[-window:]`, so the
default never holds more than `window` samples."""
import itertools

_reqs = itertools.count()


def observe(route, ms, window=50, _samples=[]):  # expect: HL101 refuted
    _samples.append((route, ms))
    _samples[:] = _samples[-window:]
    ordered = sorted(sample[1] for sample in _samples)
    return ordered[max(0, int(len(ordered) * 0.95) - 1)]


def scenario():
    n = next(_reqs)
    return observe(f"/api/v2/accounts/{n}/invoices", 5 + n % 40)
