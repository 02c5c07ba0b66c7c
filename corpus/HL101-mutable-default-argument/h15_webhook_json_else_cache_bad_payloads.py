"""Webhook receiver: parsed bodies are cached by delivery id in the try's else branch; senders here post broken JSON."""
import itertools
import json


def receive(delivery_id, body, _parsed={}):  # expect: HL101 refuted
    try:
        payload = json.loads(body)
    except json.JSONDecodeError as exc:
        return {"status": 400, "error": f"bad json at {exc.pos}"}
    else:
        _parsed[delivery_id] = payload
        return {"status": 202, "keys": sorted(payload)}


_deliveries = itertools.count()


def scenario():
    n = next(_deliveries)
    return receive(f"dlv-{n}", '{"event": "push", "ref": "refs/heads/' + str(n))
