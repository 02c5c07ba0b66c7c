from . import views


def handle(request):
    method, parts = request["method"], request["path"].strip("/").split("/")
    if parts == ["health"]:
        return views.health.ping(request)
    if parts[0] == "orders" and len(parts) == 2:
        order_id = int(parts[1])
        if method == "DELETE":
            return views.orders.cancel_order(request, order_id)
        return views.orders.get_order(request, order_id)
    return {"status": 404, "headers": {"X-Audit": "none"}}
