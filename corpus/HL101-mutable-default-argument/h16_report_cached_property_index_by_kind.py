"""Sales report: the summary is a cached_property that also publishes itself as the latest summary of its kind."""
import itertools
from functools import cached_property

KINDS = ("daily", "weekly", "monthly")


class Report:
    def __init__(self, report_id, kind, rows, index={}):  # expect: HL101 refuted
        self.report_id = report_id
        self.kind = kind
        self.rows = rows
        self._index = index

    @cached_property
    def summary(self):
        total = sum(amount for _, amount in self.rows)
        result = {"kind": self.kind, "total": total, "count": len(self.rows)}
        self._index[self.kind] = result
        return result

    def render(self):
        s = self.summary
        return f"{s['kind']}: {s['count']} rows, total {s['total']}"


_ids = itertools.count()


def scenario():
    n = next(_ids)
    report = Report(f"rpt-{n}", KINDS[n % 3], [(f"sku-{n}", n), (f"sku-{n + 1}", 2 * n)])
    return report.render()
