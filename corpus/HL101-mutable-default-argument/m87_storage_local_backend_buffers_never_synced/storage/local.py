"""Local disk backend: write-through, the buffer only journals what was written."""
import hashlib

from .base import Backend


class LocalBackend(Backend):
    def __init__(self, root):
        super().__init__(f"file://{root}")
        self.root = root.rstrip("/")

    def write(self, key, data):
        payload = data.encode("utf-8")
        self._buffer(f"{self.root}/{key}", payload)
        return hashlib.sha1(payload).hexdigest()[:12]
