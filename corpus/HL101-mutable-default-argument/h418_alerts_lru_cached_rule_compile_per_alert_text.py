"""Alerting: `compile_rule` is wrapped in functools.lru_cache, so its body runs only on a miss;
each miss records the rule text in `_sources` for the admin "explain" page. Rule texts embed
the alert's own threshold, so every evaluation is a miss and `_sources` keeps growing."""
import functools
import itertools
import operator

OPS = {">": operator.gt, "<": operator.lt, ">=": operator.ge, "<=": operator.le}


@functools.lru_cache(maxsize=32)
def compile_rule(text, _sources=[]):  # expect: HL101 confirmed
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
        ("slow-api", f"latency_ms > {250 + n}"),
        ("disk-full", "disk_pct >= 90"),
    ]
    return evaluate(alerts, {"latency_ms": 180 + n % 200, "disk_pct": 70 + n % 25})
