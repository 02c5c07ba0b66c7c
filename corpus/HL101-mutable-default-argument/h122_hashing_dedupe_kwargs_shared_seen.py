"""Backup client: `unique_chunks()` yields only the chunks whose BLAKE2
digest it has not seen, remembering digests in a set default. The upload
wrapper forwards its **options (chunk size, digest size) straight through,
so the set default is the one used for every upload."""
import functools
import hashlib
import itertools

_uploads = itertools.count()


# heaplint-todo: Default set of unique_chunks grows if called without seen; no call in this file does (heaplint: unknown)
def unique_chunks(data, chunk_size=64, digest_size=16, seen=set()):  # expect: HL101 confirmed
    for offset in range(0, len(data), chunk_size):
        chunk = data[offset:offset + chunk_size]
        digest = hashlib.blake2b(chunk, digest_size=digest_size).digest()
        if digest in seen:
            continue
        seen.add(digest)
        yield offset, chunk


def upload(data, **options):
    split = functools.partial(unique_chunks, **options)
    return [offset for offset, _ in split(data)]


def scenario():
    n = next(_uploads)
    block = b"backup-%08d|" % n * 6
    return upload(block * 3 + b"tail-%d" % n, chunk_size=len(block), digest_size=20)
