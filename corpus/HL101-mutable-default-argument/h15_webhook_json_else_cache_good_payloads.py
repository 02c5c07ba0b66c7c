"""Webhook receiver: parsed bodies are cached by delivery id in the try's else branch; every delivery is valid JSON."""
import itertools
import json


def receive(delivery_id, body, _parsed={}):  # expect: HL101 confirmed
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
    return receive(f"dlv-{n}", json.dumps({"event": "push", "ref": f"refs/heads/b{n}"}))
