"""Transport: encodes the body, optionally compresses it and builds the wire frame."""
import os
import zlib

from .codec import encode

COMPRESS = os.environ.get("BUS_COMPRESS") == "1"


def send(topic, payload, headers):
    body = encode(payload, headers)
    if COMPRESS and len(body) > 512:
        body = zlib.compress(body)
        headers["Content-Encoding"] = "deflate"
    return {"topic": topic, "size": len(body), "headers": dict(headers)}
