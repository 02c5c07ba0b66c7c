"""Report exporter: CsvExport is a callable converter that turns row dicts
into CSV text and keeps the header it used on self, adding a per-period
total column. With no columns given it uses `columns or sorted(...)`: the
empty default is falsy, so a fresh list is stored and extended instead."""
import csv
import io
import itertools

_periods = itertools.count()


class CsvExport:
    def __call__(self, rows, period, columns=[]):  # expect: HL101 refuted
        self.columns = columns or sorted(rows[0])
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
