"""Report builder: each report kind starts from a default column set and adds computed metrics."""
import dataclasses
import itertools


def default_columns(kind, columns=["id", "created_at", "status"]):  # expect: HL101 confirmed
    if kind == "audit":
        return columns + ["actor"]
    return columns


@dataclasses.dataclass
class Report:
    kind: str
    columns: list

    def add_metric(self, name):
        self.columns.append(name)
        return self

    def header(self):
        return ",".join(self.columns)


_runs = itertools.count()


def scenario():
    n = next(_runs)
    report = Report("sales", default_columns("sales"))
    report.add_metric(f"revenue_q{n}").add_metric(f"margin_q{n}")
    return report.header()
