"""Outgoing webhooks: each delivery is signed and sent with the integration's default headers."""
import hashlib
import itertools
import json

DEFAULTS = {
    "timeout": 5.0,
    "retries": 3,
    "headers": [("Content-Type", "application/json"), ("User-Agent", "hooks/2.3")],
}


def sign_request(url, body, secret, headers=DEFAULTS["headers"]):  # expect: HL101 confirmed
    digest = hashlib.sha256(secret + body).hexdigest()
    headers.append(("X-Signature-256", f"sha256={digest}"))
    return {"url": url, "body": body, "headers": headers, "timeout": DEFAULTS["timeout"]}


def deliver(endpoint, event, secret=b"whsec_test"):
    body = json.dumps(event, sort_keys=True).encode()
    request = sign_request(endpoint, body, secret)
    return request["headers"][-1][1][:15]


_events = itertools.count(1)


def scenario():
    n = next(_events)
    return deliver(f"https://hooks.example.test/c/{n % 7}", {"id": n, "type": "invoice.paid"})
