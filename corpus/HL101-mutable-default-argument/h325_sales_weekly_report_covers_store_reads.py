"""Sales reporting: a WeeklyReport starts from the base Report's columns and
only checks whether a store already has a column before adding a row."""
import itertools

_weeks = itertools.count()


class Report:
    def __init__(self, title, columns=[]):  # expect: HL101 refuted
        self.title = title
        self.columns = columns
        self.rows = []

    def add_row(self, *values):
        self.rows.append(dict(zip(self.columns, values)))

    def header(self):
        return " | ".join([self.title, *self.columns[:10]])


class WeeklyReport(Report):
    def __init__(self, week):
        super().__init__(f"Week {week}")
        self.week = week

    def covers_store(self, store):
        return store in self.columns


def scenario():
    n = next(_weeks)
    report = WeeklyReport(n)
    if not report.covers_store(f"store-{n}"):
        report.add_row(n * 3)
    return report.header()
