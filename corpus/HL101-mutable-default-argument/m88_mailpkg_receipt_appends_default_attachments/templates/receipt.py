"""receipt: the mail sent after checkout, with the receipt attached."""
from mailpkg import build_message, render


def receipt_mail(customer, order_no, total):
    msg = build_message(customer, f"Your receipt for order {order_no}",
                        f"Thank you! We charged {total:.2f} EUR.")
    msg["attachments"].append((f"receipt-{order_no}.txt", f"order {order_no}: {total:.2f} EUR"))
    return render(msg)
