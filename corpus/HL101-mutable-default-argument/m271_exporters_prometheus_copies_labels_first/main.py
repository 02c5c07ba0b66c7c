"""Metrics push: every scrape renders the batch with each configured exporter."""
import itertools

from exporters.csvexp import CsvExporter
from exporters.jsonexp import JsonExporter
from exporters.promexp import PrometheusExporter

_scrapes = itertools.count()

EXPORTERS = [CsvExporter(), JsonExporter(), PrometheusExporter(job="billing")]


def scenario():
    n = next(_scrapes)
    samples = [(f"http_requests_route_{n}", n), ("queue_depth", n % 13)]
    return [exporter.export(samples) for exporter in EXPORTERS]
