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
    """Ships batches to a push gateway; a failed push is kept for the next try."""

    def __init__(self, send, name="push"):
        self.send = send
        self.batch = collector.subscribe(name)

    def export(self):
        try:
            shipped = self.send(list(self.batch))
        except ConnectionError:
            return 0
        self.batch.clear()
        return shipped
