"""Object store: `ChunkHasher` is a context manager fed one chunk at a time;
it updates a running SHA-256 and records each chunk's own digest so the
upload manifest can list them. The per-chunk digests go to a list default
kept on `self`, which every hasher created without one shares."""
import dataclasses
import hashlib
import itertools

_objects = itertools.count()


@dataclasses.dataclass
class Manifest:
    digest: str
    parts: int


class ChunkHasher:
    def __init__(self, algo="sha256", chunks=[]):  # expect: HL101 confirmed
        self._total = hashlib.new(algo)
        self._algo = algo
        self.chunks = chunks

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.manifest = Manifest(self._total.hexdigest(), len(self.chunks))

    def feed(self, chunk):
        self._total.update(chunk)
        self.chunks.append(hashlib.new(self._algo, chunk).digest())


def scenario():
    n = next(_objects)
    with ChunkHasher() as hasher:
        for part in range(3):
            hasher.feed(b"object %d part %d;" % (n, part) * 4)
    return hasher.manifest.digest[:12]
