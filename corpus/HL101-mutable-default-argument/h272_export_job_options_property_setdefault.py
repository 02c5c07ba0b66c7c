"""Report export: an ExportJob carries per-job options behind a read-only
`options` property. run_export() looks up the column list for a report in
the job options, falling back to the columns of the first row."""
import itertools

_reports = itertools.count()


class ExportJob:
    def __init__(self, name, options={}):  # expect: HL101 confirmed
        self.name = name
        self._opts = options

    @property
    def options(self):
        return self._opts


def run_export(name, rows):
    job = ExportJob(name)
    columns = job.options.setdefault(f"columns:{name}", sorted(rows[0]))
    lines = [",".join(columns)]
    for row in rows:
        lines.append(",".join(str(row[c]) for c in columns))
    return "\n".join(lines)


def scenario():
    n = next(_reports)
    rows = [{"invoice": f"INV-{n:05d}", "total": n * 3 + i, "line": i} for i in range(3)]
    return run_export(f"invoices-{n}", rows)
