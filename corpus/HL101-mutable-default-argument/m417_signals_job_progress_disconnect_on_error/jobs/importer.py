"""CSV import job: reports progress through a per-job signal."""
from signals import Signal


class ProgressReport:
    def __init__(self, job):
        self.job = job
        self.done = 0

    def on_progress(self, sender, count):
        self.done = count
        return f"{self.job}: {count}"


def run_import(filename, rows):
    progress = Signal(f"{filename}.progress")
    report = ProgressReport(filename)
    progress.connect(report.on_progress)
    try:
        parsed = []
        for line in rows:
            sku, qty = line.split(",")
            parsed.append((sku, int(qty)))
            progress.send(filename, count=len(parsed))
    except ValueError:
        progress.disconnect(report.on_progress)
        raise
    return report.done
