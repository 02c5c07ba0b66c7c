"""Sales reporting: a WeeklyReport starts from the base Report's columns and
gets one column per store the manager picks for that week."""
import itertools

_weeks = itertools.count()


class Report:
    def __init__(self, title, columns=[]):  # expect: HL101 confirmed
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

    def add_store(self, store):
        self.columns.append(store)
        return self


def scenario():
    n = next(_weeks)
    report = WeeklyReport(n)
    report.add_store(f"store-{n}")
    report.add_row(n * 3)
    return report.header()
