class Aggregate:
    """Base class: state changes are recorded as events, then applied."""

    def __init__(self, aggregate_id, pending=[]):  # expect: HL101 refuted
        self.id = aggregate_id
        self.version = 0
        self._pending = pending

    def record(self, event_type, **data):
        event = dict(data, type=event_type, aggregate=self.id, version=self.version + 1)
        handler = getattr(self, "on_" + event_type.lower(), None)
        if handler is not None:
            handler(event)
        self.version += 1
        self._pending.append(event)
        return event

    def uncommitted(self):
        return list(self._pending)

    def mark_committed(self):
        self._pending.clear()
