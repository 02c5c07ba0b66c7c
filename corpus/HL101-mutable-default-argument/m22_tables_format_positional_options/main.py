"""Ops dashboard: a plain-text report of each deploy's hosts."""
import itertools

from tables import render_report

_deploys = itertools.count()


def scenario():
    n = next(_deploys)
    rows = [
        {"host": f"web{n}-a", "status": "ok"},
        {"host": f"worker{n}-batch-east", "status": "degraded"},
    ]
    return render_report(f"Deploy {n}", rows)
