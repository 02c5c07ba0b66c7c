"""An offline transport for demos and tests: answers from the path alone."""
import json
import zlib


def offline(path, key, timeout):
    if not key:
        return 401, "{}"
    seed = zlib.crc32(path.encode())
    body = {"temp": 270 + seed % 30, "wind": seed % 13, "summary": "Clear"}
    return 200, json.dumps(body)
