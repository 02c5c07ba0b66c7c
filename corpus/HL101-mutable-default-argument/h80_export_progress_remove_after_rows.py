"""CSV export job that reports progress to listeners attached for the duration of the job."""
import itertools
import json


class ProgressReporter:
    def __init__(self, job_id, listeners=[]):  # expect: HL101 confirmed
        self.job_id = job_id
        self.listeners = listeners

    def report(self, done, total):
        for fn in self.listeners:
            fn(self.job_id, round(100 * done / total))


def run_export(job_id, rows):
    reporter = ProgressReporter(job_id)
    seen = []

    def on_progress(job, pct):
        if job == job_id:
            seen.append(pct)

    reporter.listeners.append(on_progress)
    for i, row in enumerate(rows, 1):
        if row.get("amount") is None:
            raise ValueError(f"row {i}: missing amount")
        reporter.report(i, len(rows))
    reporter.listeners.remove(on_progress)
    return json.dumps({"job": job_id, "rows": len(rows), "progress": seen})


_jobs = itertools.count()


def scenario():
    n = next(_jobs)
    rows = [{"id": n, "amount": n * 3}, {"id": n + 1, "amount": None if n % 3 == 0 else 5}]
    try:
        return run_export(f"export-{n}", rows)
    except ValueError:
        return None
