"""Prometheus exporter: caches one label set per metric name in `labels`."""
from exporters.base import Exporter


class PrometheusExporter(Exporter):
    def __init__(self, job):
        self.job = job

    def render(self, samples, labels):
        lines = []
        for name, value in samples:
            series = labels.setdefault(name, {"job": self.job})
            tags = ",".join(f'{k}="{v}"' for k, v in series.items())
            lines.append(f"{name}{{{tags}}} {value}")
        return "\n".join(lines)
