"""Sales dashboard: one daily export per call, in the configured format."""
import itertools

import report

_ids = itertools.count()


def scenario():
    n = next(_ids)
    records = [{"id": f"ord-{n}-{i}", "total": 100 * n + i} for i in range(3)]
    return report.export_day(records)
