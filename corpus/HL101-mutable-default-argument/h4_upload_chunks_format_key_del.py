"""Resumable uploads: chunks are buffered under a str.format key and the entry is deleted once assembled."""
import itertools


def receive_chunk(user, upload, index, data, final, partial={}):  # expect: HL101 refuted
    key = "{}/{}".format(user, upload)
    partial.setdefault(key, []).append((index, data))
    if not final:
        return None
    blob = b"".join(chunk for _, chunk in sorted(partial[key]))
    del partial[key]
    return len(blob)


_uploads = itertools.count()


def scenario():
    n = next(_uploads)
    for i in range(3):
        receive_chunk(f"u{n % 50}", f"file-{n}", i, bytes([n % 256]) * (i + 1), final=(i == 2))
