"""JSON exporter: a list of objects, each with a copy of the labels."""
import json

from exporters.base import Exporter


class JsonExporter(Exporter):
    content_type = "application/json"

    def render(self, samples, labels):
        return json.dumps([{"name": n, "value": v, "labels": dict(labels)} for n, v in samples])
