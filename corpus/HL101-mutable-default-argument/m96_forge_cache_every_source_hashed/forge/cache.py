"""Content-addressed cache: compiled objects keyed by the SHA-256 of the source."""
import hashlib


def content_key(data):
    return hashlib.sha256(data).hexdigest()


def fetch(data, produce, _entries={}):  # expect: HL101 confirmed
    key = content_key(data)
    hit = _entries.get(key)
    if hit is None:
        hit = _entries[key] = produce(data)
    return hit
