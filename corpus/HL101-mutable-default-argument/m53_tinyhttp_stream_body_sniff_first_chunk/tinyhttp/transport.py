"""Offline transport: each connection serves one canned body."""
from urllib.parse import urlsplit

CANNED = {".pdf": b"%PDF-1.7\n", ".png": b"\x89PNG\r\n\x1a\n", ".json": b'{"ok": true, '}


class Connection:
    def __init__(self, url):
        parts = urlsplit(url)
        self.host = parts.hostname
        suffix = parts.path[parts.path.rfind("."):]
        self.payload = CANNED.get(suffix, b"<!doctype html>") + parts.path.encode() * 16


def stream_body(conn, chunk_size=64, _busy=set()):  # expect: HL101 confirmed
    if conn in _busy:
        raise RuntimeError("connection to %s is already streaming a body" % conn.host)
    _busy.add(conn)
    body = conn.payload
    for start in range(0, len(body), chunk_size):
        yield body[start:start + chunk_size]
    _busy.discard(conn)
