"""Route handlers: validate, then await the backend client."""


async def create_order(client, request):
    if request["qty"] <= 0:
        raise ValueError("qty must be positive, got %d" % request["qty"])
    await client.submit("create", {"sku": request["sku"], "qty": request["qty"]})
    return "created"


async def cancel_order(client, request):
    await client.submit("cancel", {"order": request["order"]})
    return "cancelled"
