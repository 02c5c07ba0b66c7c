"""Event pipeline: validates tracking events and flattens them into rows."""
from warnonce import WarnOnceMixin


class EventPipeline(WarnOnceMixin):
    def __init__(self, source):
        self.source = source
        self.rows = 0

    def process(self, event):
        if "ts" in event and "timestamp" not in event:
            event["timestamp"] = event.pop("ts")
            self.warn_once(event["id"], f"{event['kind']} event uses deprecated 'ts'")
        self.rows += 1
        return (self.source, event["id"], event["kind"], event["timestamp"])
