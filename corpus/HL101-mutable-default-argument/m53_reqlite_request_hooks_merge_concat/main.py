"""Link checker: each job resolves one short link and records what it saw."""
import itertools

from reqlite import Session

_jobs = itertools.count(1)


class Visit:
    def __init__(self, job):
        self.job = job
        self.statuses = []

    def record(self, response):
        self.statuses.append(response.status)


def scenario():
    n = next(_jobs)
    short = "https://sho.rt/%x" % n
    session = Session({short: "https://docs.example.com/page/%d" % n} if n % 2 else {})
    visit = Visit(n)
    session.hooks["response"].append(visit.record)
    response = session.get(short, params={"ref": "checker"})
    return response.status, len(response.history), visit.statuses
