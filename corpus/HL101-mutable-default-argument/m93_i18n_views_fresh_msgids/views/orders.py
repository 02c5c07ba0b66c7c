"""Order views."""
from i18n import *  # noqa: F401,F403


def shipped(request):
    order_id = request["order_id"]
    return {"status": 200, "body": _(f"Order {order_id} has shipped", request["locale"])}
