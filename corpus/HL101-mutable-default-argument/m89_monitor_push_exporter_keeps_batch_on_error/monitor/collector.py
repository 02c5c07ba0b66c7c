"""Sample queues: each sample is queued once for every subscribed exporter."""
__all__ = ["pending", "record", "subscribe"]


def pending(_queues={}):  # expect: HL101 confirmed
    """Exporter name -> list of (metric, value) samples it has not shipped yet."""
    return _queues


def subscribe(exporter_name):
    return pending().setdefault(exporter_name, [])


def record(metric, value):
    for queue in pending().values():
        queue.append((metric, value))
