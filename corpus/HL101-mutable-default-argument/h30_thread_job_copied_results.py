"""Report builder: a Thread subclass whose run() is also called inline; results go into a per-job copy."""
import itertools
import threading


class Job(threading.Thread):
    def __init__(self, name, rows, results=[]):  # expect: HL101 refuted
        super().__init__(name=name)
        self.rows = rows
        self.results = list(results)

    def run(self):
        total = sum(self.rows)
        self.results.append((self.name, total))


def build_report(report_id, rows):
    job = Job(f"report-{report_id}", rows)
    job.run()
    return job.results[-1]


_reports = itertools.count()


def scenario():
    n = next(_reports)
    return build_report(n, [n, n + 1, n + 2])
