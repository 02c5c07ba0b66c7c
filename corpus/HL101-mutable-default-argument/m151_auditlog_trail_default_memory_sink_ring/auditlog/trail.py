"""AuditTrail: formats each action of one request and emits it to the sink.
Without an explicit sink, trails share the in-process MemorySink."""
from .lines import LineFormatter
from .sinks import MemorySink


class AuditTrail:
    def __init__(self, user, request_id, sink=MemorySink()):  # expect: HL101 refuted
        self.sink = sink
        self._emit = self.sink.write
        self._format = LineFormatter(user, request_id)
        self.count = 0

    def record(self, action, target):
        self._emit(self._format(action, target))
        self.count += 1
