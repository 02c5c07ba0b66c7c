import itertools

from web.views import ReportView

_ids = itertools.count()
_view = ReportView()


def scenario():
    n = next(_ids)
    request = {"route": "/reports/<kind>", "url": f"/reports/sales?session={n:08x}", "kind": "sales"}
    return len(_view.dispatch(request))
