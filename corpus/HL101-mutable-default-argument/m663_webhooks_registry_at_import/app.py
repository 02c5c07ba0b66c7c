from hooks import emit, on

on("order.created", lambda p: ("audit", p["total"]))


def handle_order(payload):
    request_id = "req-" + payload["order"]
    results = emit("order.created", payload)
    return request_id, results[-1]
