"""HTTP handlers and the route table the front controller dispatches through."""
from ratelimit import limit


@limit("orders.list")
def list_orders(client_id, payload):
    page = payload.get("page", 1)
    return {"orders": [f"o-{page}-{i}" for i in range(3)], "page": page}


@limit("orders.create", cost=5)
def create_order(client_id, payload):
    return {"id": f"o-{payload['sku']}", "owner": client_id, "status": "created"}


@limit("admin.reindex", cost=50)
def reindex(client_id, payload):
    """Kept for the old admin console; no route points here any more."""
    return {"status": "reindexing", "by": client_id}


ROUTES = {
    ("GET", "/orders"): list_orders,
    ("POST", "/orders"): create_order,
}
