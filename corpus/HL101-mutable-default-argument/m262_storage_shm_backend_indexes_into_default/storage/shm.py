"""Shared-memory backend (POSIX only)."""
import sys

if sys.platform == "win32":
    raise ImportError("storage.shm needs POSIX shared memory")

from storage.base import StorageBackend


class ShmBackend(StorageBackend):
    segment_size = 1 << 20

    def _put(self, path, blob):
        if len(blob) > self.segment_size:
            raise ValueError(f"{path}: blob larger than one segment")
        self._index[path] = len(blob)
