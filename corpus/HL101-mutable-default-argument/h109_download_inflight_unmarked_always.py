"""Download cache: `fetch()` marks a URL as in flight while the archive is
verified and stored, so a parallel resolver waits instead of downloading it
twice. `_InFlight.__exit__` unmarks the URL both when the block succeeded and
when an archive whose sha256 does not match raised out of it."""
import hashlib
import itertools

_builds = itertools.count()


class _InFlight:
    def __init__(self, url, marks):
        self.url, self.marks = url, marks

    def __enter__(self):
        self.marks.add(self.url)

    def __exit__(self, exc_type, exc, tb):
        self.marks.discard(self.url)
        return False


def fetch(url, payload, expected, store, _in_flight=set()):  # expect: HL101 refuted
    with _InFlight(url, _in_flight):
        digest = hashlib.sha256(payload).hexdigest()
        if digest != expected:
            raise ValueError("%s: checksum mismatch, got %s" % (url, digest[:12]))
        store[url] = payload
    return digest


def scenario():
    n, store, failed = next(_builds), {}, []
    for i, payload in enumerate((b"wheel-%d" % n, b"sdist-%d" % n)):
        expected = hashlib.sha256(payload).hexdigest() if i == 0 else "0" * 64
        try:
            fetch("https://files.example/pkg-%d/%d.tar.gz" % (n, i), payload, expected, store)
        except ValueError as exc:
            failed.append(str(exc))
    return sorted(store), failed
