import time

from .sinks import EventBuffer


def record(name, fields, sink=EventBuffer()):  # expect: HL101 confirmed
    """Emit one telemetry event to sink (the process-wide buffer by default)."""
    event = {"event": name, "ts": time.monotonic(), **fields}
    sink.write(event)
    return event
