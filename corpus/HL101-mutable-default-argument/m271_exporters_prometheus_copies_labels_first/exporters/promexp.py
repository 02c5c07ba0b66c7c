"""Prometheus exporter: caches one label set per metric name in a copy of
`labels` made for each render."""
from exporters.base import Exporter


class PrometheusExporter(Exporter):
    def __init__(self, job):
        self.job = job

    def render(self, samples, labels):
        labels, lines = dict(labels), []
        for name, value in samples:
            series = labels.setdefault(name, {"job": self.job})
            tags = ",".join(f'{k}="{v}"' for k, v in series.items())
            lines.append(f"{name}{{{tags}}} {value}")
        return "\n".join(lines)
