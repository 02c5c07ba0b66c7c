"""Blob storage: StorageBackend.__init__ copies the list of known keys it is
given; put() hands each blob to the backend's abstract _write(), and the
memory backend records every written key on its own copy of the list."""
import abc
import itertools

_uploads = itertools.count()


class StorageBackend(metaclass=abc.ABCMeta):
    def __init__(self, bucket, keys=[]):  # expect: HL101 refuted
        self.bucket = bucket
        self._keys = list(keys)

    def put(self, key, blob):
        self._write(f"{self.bucket}/{key}", blob)
        return len(self._keys)

    @abc.abstractmethod
    def _write(self, path, blob):
        raise NotImplementedError


class MemoryBackend(StorageBackend):
    def __init__(self, bucket):
        super().__init__(bucket)
        self._blobs = {}

    def _write(self, path, blob):
        self._blobs[path] = blob
        self._keys.append(path)


def scenario():
    n = next(_uploads)
    backend = MemoryBackend(f"tenant-{n % 8}")
    return backend.put(f"avatars/{n}.png", b"\x89PNG" + bytes(8))
