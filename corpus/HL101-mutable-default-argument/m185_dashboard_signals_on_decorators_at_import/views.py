"""Report views; their receivers are wired up with @on(...) when this module is imported."""
import collections

from signals import on

VIEW_COUNTS = collections.Counter()
RECENT = collections.deque(maxlen=20)


@on("report.viewed")
def count_view(report, user):
    VIEW_COUNTS[report["kind"]] += 1


@on("report.viewed")
def remember_recent(report, user):
    RECENT.append((report["id"], user))


def show_report(report_id, user, kind):
    report = {"id": report_id, "kind": kind, "rows": [(kind, i) for i in range(3)]}
    on("report.viewed").send(report=report, user=user)
    return report
