"""Webhook delivery: events are serialised to compact JSON and signed before posting."""
import hashlib
import hmac
import io
import itertools
import json

SECRET = b"whsec_test_2f9a"


def write_payload(event, out=io.StringIO()):  # expect: HL101 confirmed
    json.dump({"type": event["type"], "data": event["data"]}, out,
              separators=(",", ":"), sort_keys=True)
    out.write("\n")
    return out


class WebhookSender:
    def __init__(self, url):
        self.url = url

    def prepare(self, event):
        body = write_payload(event).getvalue().encode("utf-8")
        signature = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
        return {"url": self.url, "headers": {"X-Signature": signature}, "body": body}


_events = itertools.count()


def scenario():
    n = next(_events)
    sender = WebhookSender("https://hooks.example.test/orders")
    event = {"type": "order.paid", "data": {"id": f"ord_{n}", "amount": n * 100 + 99}}
    return sender.prepare(event)["headers"]["X-Signature"]
