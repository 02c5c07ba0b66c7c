"""Latency metrics: each request reports one timing for its endpoint. The
recorder appends into the default sample mapping, after checking the unit
when the module-level STRICT_UNITS flag is set; the caller skips samples it
rejects. The request handlers report milliseconds as "msec"."""
import itertools

_requests = itertools.count(1)
STRICT_UNITS = True
UNITS = {"ms": 1.0, "s": 1000.0, "us": 0.001}


def _record(samples, name, value, unit):
    if STRICT_UNITS and unit not in UNITS:
        raise ValueError(f"{name}: unknown unit {unit!r}")
    samples.setdefault(name, []).append(value * UNITS.get(unit, 1.0))


def observe(endpoint, value, unit, samples={}):  # expect: HL101 refuted
    name = f"http.latency.{endpoint.strip('/').replace('/', '.')}"
    try:
        _record(samples, name, value, unit)
    except ValueError:
        return None
    return name


def scenario():
    n = next(_requests)
    return observe(f"/api/orders/{n:06d}/items", 12.5 + n % 40, "msec")
