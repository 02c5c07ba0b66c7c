"""Health check: a status default keeps only fixed keys whose values are small ints and constant strings."""
import itertools

CHECKS = ("db", "cache", "queue")


def record_health(check, latency_ms, _status={"db": "unknown", "cache": "unknown", "queue": "unknown"}):  # expect: HL101 refuted
    _status[check] = "ok" if latency_ms < 250 else "slow"
    _status[check + "_bucket"] = min(latency_ms // 50, 10)
    return _status[check]


def poll(n):
    latency = (n * 37) % 400
    for check in CHECKS:
        record_health(check, latency)
    return latency


_ticks = itertools.count()


def scenario():
    poll(next(_ticks))
