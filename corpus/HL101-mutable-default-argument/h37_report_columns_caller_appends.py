"""Reporting: build_report() passes its default column list to Report; the caller appends a column."""
import itertools


class Report:
    def __init__(self, title, columns):
        self.title = title
        self.columns = columns

    def header(self):
        return f"{self.title}: " + " | ".join(self.columns)


def build_report(title, columns=["date", "account", "amount"]):  # expect: HL101 confirmed
    return Report(title, columns)


_quarters = itertools.count()


def scenario():
    n = next(_quarters)
    report = build_report(f"Revenue Q{n}")
    report.columns.append(f"region-{n}")
    return report.header()
