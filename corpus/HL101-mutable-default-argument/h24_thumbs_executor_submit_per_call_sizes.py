"""Image chunks are checksummed on a thread pool before upload."""
import itertools
import zlib
from concurrent.futures import ThreadPoolExecutor

_pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="crc")


# heaplint-todo: every call in the file passes `sizes`: heaplint calls the default latent for callers elsewhere (heaplint: unknown)
def checksum(chunk, sizes=[]):  # expect: HL101 refuted
    sizes.append(len(chunk))
    return zlib.crc32(chunk), sum(sizes)


def upload_manifest(blob, chunk_size=64):
    chunks = [blob[i:i + chunk_size] for i in range(0, len(blob), chunk_size)]
    sizes = []
    futures = [_pool.submit(checksum, chunk, sizes) for chunk in chunks]
    return [f.result()[0] for f in futures]


_seq = itertools.count()


def scenario():
    n = next(_seq)
    blob = (f"image-{n}:".encode() * 40)[:300]
    return len(upload_manifest(blob))
