"""Asset pipeline: `fingerprint()` returns an "algo:hexdigest" tag for a
payload, accepting str or bytes. To skip rehashing unchanged assets it
memoizes the tag in a dict default keyed by (algorithm, content), so each
distinct payload stays in the cache along with its tag."""
import hashlib
import itertools

_assets = itertools.count()


def fingerprint(payload, algo="sha256", _cache={}):  # expect: HL101 confirmed
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    elif not isinstance(payload, (bytes, bytearray)):
        raise TypeError(f"cannot fingerprint {type(payload).__name__}")
    key = (algo, bytes(payload))
    if key in _cache:
        return _cache[key]
    tag = _cache[key] = "{}:{}".format(algo, hashlib.new(algo, payload).hexdigest()[:16])
    return tag


def scenario():
    n = next(_assets)
    css = f".banner-{n} {{ color: #{n % 4096:03x}; }}"
    return fingerprint(css), fingerprint(css.encode() * 2, algo="md5")
