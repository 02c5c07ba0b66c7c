"""Webhook receiver: `accept` decodes the body with json.loads first and then
appends the decoded delivery to an `inbox` list default for later replay.
The scenario's partner sends truncated JSON; json.loads raises
JSONDecodeError before the append, the HTTP layer answers 400, and the
shared inbox stays empty."""
import itertools
import json

_deliveries = itertools.count()


def accept(source, body, inbox=[]):  # expect: HL101 refuted
    event = json.loads(body)
    inbox.append((source, body))
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
