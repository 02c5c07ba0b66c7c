"""JSON-RPC client: requests wait in a pending table until the matching response arrives."""
import itertools
import json


def dispatch(raw, _pending={}):  # expect: HL101 confirmed
    match json.loads(raw):
        case {"method": str(method), "id": msg_id, **rest}:
            _pending[msg_id] = (method, rest.get("params"))
            return "sent"
        case {"id": int(msg_id), "result": result}:
            method, _ = _pending.pop(msg_id, (None, None))
            return f"{method} -> {result}"
        case {"id": msg_id, "error": {"message": str(text)}}:
            _pending.pop(msg_id, None)
            return f"error {text}"
        case _:
            return "ignored"


_ids = itertools.count(1)


def scenario():
    n = next(_ids)
    msg_id = f"c1-{n}"
    out = dispatch(json.dumps({"jsonrpc": "2.0", "method": "ping", "id": msg_id, "params": [n]}))
    reply = dispatch(json.dumps({"jsonrpc": "2.0", "id": msg_id, "result": f"pong {n}"}))
    return out, reply
