"""Metrics relay: the sink module is picked by name at runtime."""
SINK = "statsd_line"


def sink():
    return __import__(f"sinks.{SINK}", fromlist=["emit"])


def count(name, value):
    return sink().emit(name, value)
