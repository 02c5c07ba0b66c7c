"""Chunked upload quota check: `quota_meter()` returns two closures over
`used`, a default dict of bytes per upload session: `add()` counts each chunk
and rejects the upload past the limit, `finish()` returns the session total.
`finish()` only reads the session's entry, so every finished upload's
session id and total stay in the default dict."""
import itertools

_uploads = itertools.count()
LIMIT = 1 << 20


def quota_meter(session, used={}):  # expect: HL101 confirmed
    def add(chunk):
        used[session] = used.get(session, 0) + len(chunk)
        if used[session] > LIMIT:
            raise ValueError("quota exceeded for %s" % session)

    def finish():
        return used[session]

    return add, finish


def scenario():
    n = next(_uploads)
    add, finish = quota_meter("upload-%08d" % n)
    for i in range(4):
        add(b"x" * (100 + (n + i) % 50))
    return finish()
