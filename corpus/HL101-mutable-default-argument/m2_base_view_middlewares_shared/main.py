"""Shop API: every request instantiates handlers.OrderDetail and dispatches it."""
import itertools

from handlers import OrderDetail

_requests = itertools.count()


def scenario():
    n = next(_requests)
    view = OrderDetail({"id": f"req-{n}", "path": f"/orders/{n}"})
    return view.dispatch()["status"]
