"""Manifest: logical asset name -> fingerprinted name; content hashes are cached."""
import hashlib
import posixpath


class Manifest:
    def __init__(self, hashes={}):  # expect: HL101 confirmed
        self.hashes = hashes  # (path, mtime) -> digest, kept across builds
        self.entries = {}

    def digest(self, path, mtime, data):
        key = (path, mtime)
        if key not in self.hashes:
            self.hashes[key] = hashlib.sha256(data).hexdigest()[:12]
        return self.hashes[key]

    def add(self, path, mtime, data):
        stem, ext = posixpath.splitext(path)
        self.entries[path] = f"{stem}.{self.digest(path, mtime, data)}{ext}"

    def invalidate(self, path):
        """Forget every cached hash of a deleted file."""
        for key in [key for key in self.hashes if key[0] == path]:
            del self.hashes[key]
