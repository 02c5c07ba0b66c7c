from collections import deque


class AuditTrail:
    def __init__(self, keep=32):
        self.recent = deque(maxlen=keep)
        self.totals = {}

    def record(self, topic, source="web", **payload):
        entry = (topic, source, payload.get("order_id"), payload.get("total", 0))
        self.recent.append(entry)
        self.totals[source] = self.totals.get(source, 0) + entry[3]
        return entry


trail = AuditTrail()
