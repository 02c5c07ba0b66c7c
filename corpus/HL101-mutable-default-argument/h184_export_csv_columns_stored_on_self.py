"""Report exporter: CsvExport is a callable converter that turns row dicts
into CSV text and keeps the header it used on self, adding a per-period
total column. With no columns given it tests `columns is not None`: the
empty default is not None, so the shared default list is stored on self and
every period's total column is appended to it."""
import csv
import io
import itertools

_periods = itertools.count()


class CsvExport:
    def __call__(self, rows, period, columns=[]):  # expect: HL101 confirmed
        self.columns = columns if columns is not None else sorted(rows[0])
        self.columns.append(f"total_{period}")
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(self.columns)
        for row in rows:
            cells = [row.get(name, "") for name in self.columns[:-1]]
            writer.writerow(cells + [sum(v for v in row.values() if isinstance(v, int))])
        return buf.getvalue()


export = CsvExport()


def scenario():
    n = next(_periods)
    rows = [{"sku": f"SKU-{n}", "units": n % 40, "returns": n % 3}]
    return export(rows, f"{2000 + n // 12}-{n % 12 + 1:02d}-week-{n}")
