"""Order views."""
from i18n import *  # noqa: F401,F403


def shipped(request):
    template = _("Order {order_id} has shipped", request["locale"])
    return {"status": 200, "body": template.format(order_id=request["order_id"])}
