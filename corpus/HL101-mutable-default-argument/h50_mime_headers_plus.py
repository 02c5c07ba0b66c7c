"""Receipt mailer: assemble MIME headers and render the outgoing message."""
import itertools
from email.mime.text import MIMEText
from email.utils import formataddr

_orders = itertools.count()
SENDER = ("Billing", "billing@example.com")


def build_headers(recipient, subject, extra_headers=[]):  # expect: HL101 refuted
    headers = extra_headers
    headers = headers + [("From", formataddr(SENDER)), ("To", recipient)]
    if subject and subject.strip():
        headers.append(("Subject", " ".join(subject.split())))
    return headers


def compose(order_id, recipient, amount, reply_to=None):
    extra = [("Reply-To", reply_to)] if reply_to else None
    msg = MIMEText(f"Order {order_id}: {amount:.2f} EUR charged.\n", "plain", "utf-8")
    subject = f"Receipt  #{order_id}"
    if extra:
        headers = build_headers(recipient, subject, extra)
    else:
        headers = build_headers(recipient, subject)
    for name, value in headers:
        msg[name] = value
    msg["Message-ID"] = f"<receipt.{order_id}@example.com>"
    return msg


def scenario():
    n = next(_orders)
    support = "support@example.com" if n % 4 == 0 else None
    msg = compose(n, f"customer{n}@example.org", n * 1.25, reply_to=support)
    return len(msg.as_string())
