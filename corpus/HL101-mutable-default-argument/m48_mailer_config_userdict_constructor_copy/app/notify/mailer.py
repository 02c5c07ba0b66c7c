"""Builds RFC 5322 messages; the SMTP worker sends whatever compose() returns."""
from ..settings import Config

ORDER_SHIPPED = (
    "Order {order} shipped",
    "Hello {name},\n\nyour order {order} is on its way.\nTracking number: {tracking}\n",
)


def compose(
    recipient,
    context,
    template=ORDER_SHIPPED,
    config=Config(sender="shop@example.com", charset="utf-8"),  # expect: HL101 refuted
):
    opts = Config(config)
    opts["to"] = recipient
    opts["message_id"] = f"<{context['order']}.{context['tracking']}@example.com>"
    subject, body = (part.format(**context) for part in template)
    headers = [
        f"From: {opts['sender']}",
        f"To: {opts['to']}",
        f"Subject: {subject}",
        f"Message-ID: {opts['message_id']}",
        f"Content-Type: text/plain; charset={opts['charset']}",
    ]
    return "\r\n".join(headers) + "\r\n\r\n" + body
