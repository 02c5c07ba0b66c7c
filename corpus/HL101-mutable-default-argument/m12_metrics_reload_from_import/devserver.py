import importlib

import metrics.counters
from metrics.counters import count


def reload_changed(modules):
    """Autoreloader: re-execute each module whose source changed since the last request."""
    for module in modules:
        importlib.reload(module)


def handle(path):
    count(f"hits:{path}")
    reload_changed([metrics.counters])
    return len(metrics.counters.snapshot())
