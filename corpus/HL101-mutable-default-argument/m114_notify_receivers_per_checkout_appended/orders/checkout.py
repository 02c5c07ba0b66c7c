"""Checkout: every order connects its own receipt and label callbacks, then fires them."""
import notify


def checkout(order_id, total):
    def on_paid(payload):
        return f"receipt {order_id}: {payload['amount']:.2f}"

    def on_shipped(payload):
        return f"label {order_id} via {payload['carrier']}"

    paid = notify.dispatch.connect("order.paid", on_paid)
    receipt = notify.dispatch.send(paid, {"amount": total})[-1]
    shipped = notify.listen("order.shipped", on_shipped)
    return receipt, notify.dispatch.send(shipped, {"carrier": "post"})[-1]
