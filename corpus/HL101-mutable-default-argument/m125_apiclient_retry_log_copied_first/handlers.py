"""Request handlers: each awaits the shared API client once per resource."""


async def load_profile(client, user_id):
    user = await client.fetch("/users/%d" % user_id)
    orders = await client.fetch("/users/%d/orders" % user_id)
    return {
        "user": user["body"],
        "orders": orders["body"],
        "attempts": user["attempts"] + orders["attempts"],
    }
