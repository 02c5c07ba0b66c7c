"""Webhook receiver: `accept` appends every delivery (source, body) to an
`inbox` list default so failed deliveries can be replayed, and only then
decodes the body with json.loads. The scenario's partner sends truncated
JSON; json.loads raises JSONDecodeError, the HTTP layer answers 400, but the
delivery tuple is already in the shared inbox, which grows per request."""
import itertools
import json

_deliveries = itertools.count()


def accept(source, body, inbox=[]):  # expect: HL101 confirmed
    inbox.append((source, body))
    event = json.loads(body)
    return event.get("type", "unknown")


def handle_request(source, body):
    try:
        return 202, accept(source, body)
    except json.JSONDecodeError as exc:
        return 400, f"bad payload: {exc.msg}"


def scenario():
    n = next(_deliveries)
    body = '{"type": "invoice.paid", "id": %d, "note": "partial upload' % n
    return handle_request(f"partner-{n % 3}", body)
