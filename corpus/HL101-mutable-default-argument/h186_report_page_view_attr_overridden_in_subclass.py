"""Reporting: ReportPage renders rows through the view class named by its
`View` class attribute (TableView adds new columns to the list it gets).
CsvReportPage, used here, overrides `View` with SnapshotTableView, which
copies the list first, so the shared default column list is never written."""
import itertools

_ids = itertools.count()


class TableView:
    def __init__(self, columns):
        self.columns = columns

    def add_row(self, row):
        self.columns.extend(k for k in row if k not in self.columns)


class SnapshotTableView(TableView):
    def __init__(self, columns):
        TableView.__init__(self, list(columns))


class ReportPage:
    View = TableView

    def render(self, rows, columns=[]):  # expect: HL101 refuted
        view = self.View(columns)
        for row in rows:
            view.add_row(row)
        return ",".join(view.columns[-2:])


class CsvReportPage(ReportPage):
    View = SnapshotTableView


def scenario():
    n = next(_ids)
    rows = [{"region": "eu", f"revenue_{n}": n}, {"region": "us", f"revenue_{n}": n * 2}]
    return CsvReportPage().render(rows)
