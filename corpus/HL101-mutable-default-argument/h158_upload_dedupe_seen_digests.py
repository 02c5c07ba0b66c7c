"""Upload service: a payload is skipped when its SHA-256 digest was seen
before. The hex digests are remembered in a set default, and every upload
here is new content, so each call keeps one more 64-character digest."""
import hashlib
import itertools

_ids = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 12 (heaplint: unknown)
def accept_upload(payload, seen=set()):  # expect: HL101 confirmed
    digest = hashlib.sha256(payload).hexdigest()
    if digest in seen:
        return None
    seen.add(digest)
    return digest[:12]


def scenario():
    n = next(_ids)
    payload = f"invoice-{n};customer={n % 97};amount={n * 3}.50\n".encode() * 8
    return accept_upload(payload)
