class ValidationError(ValueError):
    pass


def _parse_order(body):
    missing = [field for field in ("id", "sku", "qty") if field not in body]
    if missing:
        raise ValidationError("missing field(s): " + ", ".join(missing))
    qty = int(body["qty"])
    if qty <= 0:
        raise ValidationError("qty must be positive, got %d" % qty)
    return body["id"], body["sku"].upper(), qty


async def handle_order_created(body, reply, _inflight={}):  # expect: HL101 refuted
    order_id = body.get("id")
    if order_id in _inflight:
        return "duplicate"
    order_id, sku, qty = _parse_order(body)
    _inflight[order_id] = body
    try:
        await reply({"id": order_id, "sku": sku, "qty": qty, "status": "accepted"})
    finally:
        _inflight.pop(order_id, None)
    return "accepted"


async def handle_ping(body, reply):
    await reply({"pong": body.get("seq")})
    return "pong"


HANDLERS = {"order.created": handle_order_created, "ping": handle_ping}
