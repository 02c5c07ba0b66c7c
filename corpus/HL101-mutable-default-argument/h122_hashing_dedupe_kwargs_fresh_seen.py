"""Backup client: `unique_chunks()` yields only the chunks whose BLAKE2
digest it has not seen, remembering digests in a set default. The upload
wrapper forwards its **options but first sets `seen` to a fresh set with
setdefault, so each upload deduplicates against its own digests only."""
import functools
import hashlib
import itertools

_uploads = itertools.count()


# heaplint-todo: called with new arguments as outside code would call it, unique_chunks grows it; but this application uses unique_chunks as a value (a table, an attribute, a callback) or the interpreter calls it, and the application's own code, run from its entry points, did not grow it (heaplint: unknown)
def unique_chunks(data, chunk_size=64, digest_size=16, seen=set()):  # expect: HL101 refuted
    for offset in range(0, len(data), chunk_size):
        chunk = data[offset:offset + chunk_size]
        digest = hashlib.blake2b(chunk, digest_size=digest_size).digest()
        if digest in seen:
            continue
        seen.add(digest)
        yield offset, chunk


def upload(data, **options):
    options.setdefault("seen", set())
    split = functools.partial(unique_chunks, **options)
    return [offset for offset, _ in split(data)]


def scenario():
    n = next(_uploads)
    block = b"backup-%08d|" % n * 6
    return upload(block * 3 + b"tail-%d" % n, chunk_size=len(block), digest_size=20)
