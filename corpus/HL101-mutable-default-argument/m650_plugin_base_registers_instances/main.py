"""Export service: each call builds one exporter for a new job and runs it."""
import itertools

from plugins.exporters import CsvExporter

_ids = itertools.count()


def scenario():
    n = next(_ids)
    exporter = CsvExporter(f"export-job-{n}")
    return len(exporter.export([n, n + 1, n + 2]))
