"""HTTP-facing upload handler; the storage backend is imported on first use."""
import hashlib

MAX_SIZE = 1 << 20


def handle(filename, payload):
    if len(payload) > MAX_SIZE:
        raise ValueError(f"{filename}: upload too large")
    from .backends import store

    digest = hashlib.sha256(payload).hexdigest()[:16]
    key = store(f"{digest}/{filename}", payload)
    return {"key": key, "size": len(payload)}
