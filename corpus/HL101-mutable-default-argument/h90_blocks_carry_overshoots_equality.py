"""Chunked upload hasher: a multi-part stream is cut into fixed 16-byte blocks; a short tail stays in the default carry buffer until the next part, but reads always ask for a whole block, so after a carried tail the length overshoots 16, never equals it, and the buffer is never cleared again."""
import hashlib
import io
import itertools


# heaplint-todo: the statement at line 15 that takes its items out again runs only on some ways through tests heaplint could not decide; a call that went another way kept what it added (heaplint: unknown)
def blocks(stream, size=16, carry=bytearray()):  # expect: HL101 confirmed
    while True:
        chunk = stream.read(size)
        if not chunk:
            return
        carry += chunk
        if len(carry) == size:
            yield bytes(carry)
            carry.clear()


def digest_part(data):
    h = hashlib.sha256()
    for block in blocks(io.BytesIO(data)):
        h.update(block)
    return h.hexdigest()[:12]


_parts = itertools.count()


def scenario():
    n = next(_parts)
    return digest_part(f"part {n}: ".encode() + bytes(range(n % 7, n % 7 + 37)))
