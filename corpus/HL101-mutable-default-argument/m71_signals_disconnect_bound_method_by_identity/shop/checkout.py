from .mailer import ReceiptMailer
from .signals import order_placed


def place_order(order_id, items, shop_name="Corner Shop"):
    order = {"id": order_id, "total": sum(price for _, price in items)}
    mailer = ReceiptMailer(shop_name)
    order_placed.connect(mailer.on_placed)
    try:
        order_placed.send("checkout", order=order)
    finally:
        order_placed.disconnect(mailer.on_placed)
    return order, mailer.receipt
