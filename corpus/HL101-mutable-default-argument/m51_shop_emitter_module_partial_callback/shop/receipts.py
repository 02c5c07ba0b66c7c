from functools import partial


def send_receipt(order, channel):
    order.outbox.append(f"{channel} to {order.email}: paid {order.paid} for {order.number}")


email_receipt = partial(send_receipt, channel="email")


def attach(order):
    order.events.on("paid", email_receipt)
