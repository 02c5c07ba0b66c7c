"""Dashboard: each request renders one report for one user."""
import itertools

import views
from signals import on

_requests = itertools.count()
KINDS = ("sales", "traffic", "churn")


def scenario():
    n = next(_requests)
    user = f"user{n}"
    report = views.show_report(n, user, KINDS[n % len(KINDS)])
    return report, len(on("report.viewed"))
