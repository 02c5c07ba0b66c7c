"""Database access (an in-memory stand-in); publishes query gauges."""
import metrics

_stats = {"queries": 0}


def query(sql):
    _stats["queries"] += 1
    metrics.set_gauge("db.queries", _stats["queries"])
    metrics.set_gauge("db.last_sql_length", len(sql))
    return [(index, sql[-8:]) for index in range(3)]
