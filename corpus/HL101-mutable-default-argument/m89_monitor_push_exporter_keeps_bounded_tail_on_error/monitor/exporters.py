"""Exporters drain their queue from the collector when they ship it."""
from . import collector


class TextExporter:
    def __init__(self, name="text"):
        self.batch = collector.subscribe(name)

    def export(self):
        lines = [f"{metric} {value}" for metric, value in self.batch]
        self.batch.clear()
        return "\n".join(lines)


class PushExporter:
    """Ships batches to a push gateway; after a failed push only the newest
    samples are kept for the next try."""

    def __init__(self, send, name="push", retry_limit=40):
        self.send = send
        self.retry_limit = retry_limit
        self.batch = collector.subscribe(name)

    def export(self):
        try:
            shipped = self.send(list(self.batch))
        except ConnectionError:
            del self.batch[:-self.retry_limit]
            return 0
        self.batch.clear()
        return shipped
