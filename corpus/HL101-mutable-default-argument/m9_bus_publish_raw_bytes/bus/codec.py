"""Codec: raw bytes pass through; dicts become JSON and get a content digest header."""
import hashlib
import json


def encode(payload, headers):
    if isinstance(payload, (bytes, bytearray)):
        return bytes(payload)
    body = json.dumps(payload, sort_keys=True).encode()
    headers.setdefault("Content-Type", "application/json")
    headers.setdefault("Digest", []).append(hashlib.sha256(body).hexdigest()[:16])
    return body
