"""Manifest: logical asset name -> fingerprinted name; content hashes are cached."""
import hashlib
import posixpath


class Manifest:
    def __init__(self, hashes={}):  # expect: HL101 refuted
        self.hashes = hashes  # path -> (mtime, digest), kept across builds
        self.entries = {}

    def digest(self, path, mtime, data):
        cached = self.hashes.get(path)
        if cached is None or cached[0] != mtime:
            cached = self.hashes[path] = (mtime, hashlib.sha256(data).hexdigest()[:12])
        return cached[1]

    def add(self, path, mtime, data):
        stem, ext = posixpath.splitext(path)
        self.entries[path] = f"{stem}.{self.digest(path, mtime, data)}{ext}"

    def invalidate(self, path):
        """Forget the cached hash of a deleted file."""
        self.hashes.pop(path, None)
