"""Reporting worker: each request exports a small CSV report."""
import itertools

from exports.csv_job import CsvExportJob

_reports = itertools.count()


def scenario():
    n = next(_reports)
    job = CsvExportJob(f"report-{n}", rows=[(n, "open", n * 2), (n + 1, "paid", n * 3)])
    return job.run(), len(job.output)
