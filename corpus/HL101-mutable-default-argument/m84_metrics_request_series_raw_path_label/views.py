"""Handlers and the tiny router in front of them."""
from middleware import instrumented


@instrumented
def show_order(request, order_id):
    return 200, {"id": order_id, "state": "shipped" if order_id % 3 else "open"}


@instrumented
def delete_order(request, order_id):
    return (204, None) if order_id % 2 else (409, {"error": "order already shipped"})


def dispatch(request):
    order_id = int(request["path"].rsplit("/", 1)[1])
    handler = delete_order if request["method"] == "DELETE" else show_order
    return handler(request, order_id=order_id)
