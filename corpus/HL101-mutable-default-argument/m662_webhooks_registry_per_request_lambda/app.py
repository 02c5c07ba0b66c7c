from hooks import emit, on


def handle_order(payload):
    request_id = "req-" + payload["order"]
    on("order.created", lambda p: (request_id, p["total"]))
    results = emit("order.created", payload)
    return results[-1]
