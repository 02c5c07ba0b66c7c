"""Alerting: `compile_rule` is wrapped in functools.lru_cache, so its body runs only on a miss;
each miss records the rule text in `_sources` for the admin "explain" page. The alerts use a
few fixed threshold steps, so after the first misses every lookup hits the cache."""
import functools
import itertools
import operator

OPS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}


@functools.lru_cache(maxsize=32)
# heaplint-todo: outside code calling compile_rule with new texts would miss the cache and grow it; the module itself uses four thresholds, which heaplint does not take as the only callers (heaplint: unknown)
def compile_rule(text, _sources=[]):  # expect: HL101 refuted
    metric, op, limit = text.split()
    _sources.append(text)
    check, threshold = OPS[op], float(limit)
    return lambda sample: check(sample.get(metric, 0.0), threshold)


def evaluate(alerts, sample):
    return [name for name, text in alerts if compile_rule(text)(sample)]


_ticks = itertools.count()


def scenario():
    n = next(_ticks)
    alerts = [
        ("slow-api", f"latency_ms > {250 + 50 * (n % 4)}"),
        ("disk-full", "disk_pct >= 90"),
    ]
    return evaluate(alerts, {"latency_ms": 180 + n % 200, "disk_pct": 70 + n % 25})
