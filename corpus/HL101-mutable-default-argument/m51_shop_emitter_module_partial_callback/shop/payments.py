class PaymentError(Exception):
    pass


def capture(order, amount):
    if amount <= 0:
        raise PaymentError(f"nothing to capture for {order.number}")
    order.paid += amount
    if order.paid >= order.total:
        order.events.emit("paid", order)
    return order.paid
