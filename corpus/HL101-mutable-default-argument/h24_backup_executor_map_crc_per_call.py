"""Backup verifier: block checksums are computed on a thread pool with Executor.map."""
import itertools
import zlib
from concurrent.futures import ThreadPoolExecutor

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="verify")


# heaplint-todo: every call in the file passes `_audit`: heaplint calls the default latent for callers elsewhere (heaplint: unknown)
def _block_crc(block, _audit=[]):  # expect: HL101 refuted
    crc = zlib.crc32(block)
    _audit.append((len(block), crc))
    return crc


def verify(blob, block_size=128):
    blocks = [blob[i:i + block_size] for i in range(0, len(blob), block_size)]
    audit = []
    crcs = list(_pool.map(_block_crc, blocks, itertools.repeat(audit, len(blocks))))
    return zlib.crc32(b"".join(c.to_bytes(4, "big") for c in crcs))


_seq = itertools.count()


def scenario():
    n = next(_seq)
    return verify((f"snapshot-{n};".encode() * 50)[:512])
