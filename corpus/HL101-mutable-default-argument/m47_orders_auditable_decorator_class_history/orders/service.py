from .model import Order


def place_order(customer, lines):
    order = Order(customer, lines)
    order.record("placed", customer=customer, items=len(order.lines))
    return order


def pay(order, transaction_id):
    if order.status != "new":
        raise ValueError(f"order is {order.status}")
    order.status = "paid"
    order.record("paid", transaction=transaction_id, amount=order.total)
