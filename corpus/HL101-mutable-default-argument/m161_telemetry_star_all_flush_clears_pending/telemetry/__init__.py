"""telemetry: counters and timers for the metrics agent (statsd line protocol).

Counters are buffered in-process and sent in batches; timers are formatted
immediately.
"""
from .counters import *
from .timers import *

__all__ = counters.__all__ + timers.__all__

__version__ = "0.9.3"
