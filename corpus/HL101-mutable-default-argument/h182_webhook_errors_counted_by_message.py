"""Webhook receiver: `accept` decodes the body with json.loads; on a
JSONDecodeError it bumps a counter keyed by the decoder's message in an
`errors` Counter default (for a metrics endpoint) and re-raises. The caller
answers 400. The partner's truncated bodies all fail the same way, so the
counter holds one key whose count goes up: nothing accumulates per request."""
import collections
import itertools
import json

_deliveries = itertools.count()


# heaplint-todo: it grows by new keys computed from values heaplint does not know, which may repeat (heaplint: unknown)
def accept(source, body, errors=collections.Counter()):  # expect: HL101 refuted
    try:
        event = json.loads(body)
    except json.JSONDecodeError as exc:
        errors[exc.msg] += 1
        raise
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
