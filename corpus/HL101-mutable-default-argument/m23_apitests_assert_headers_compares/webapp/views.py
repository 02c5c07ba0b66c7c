def get_order(order_id):
    return {
        "status": 200,
        "path": f"/orders/{order_id}",
        "headers": {"Content-Type": "application/json", "Cache-Control": "no-store"},
        "body": {"id": order_id, "state": "open"},
    }
