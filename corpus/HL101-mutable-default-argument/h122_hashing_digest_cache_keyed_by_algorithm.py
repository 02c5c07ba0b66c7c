"""Asset pipeline: `fingerprint()` returns an "algo:hexdigest" tag for a
payload, accepting str or bytes. It memoizes only the hash constructor in a
dict default keyed by algorithm name, so the cache holds one entry per
algorithm in use however many payloads are hashed."""
import functools
import hashlib
import itertools

_assets = itertools.count()


def fingerprint(payload, algo="sha256", _cache={}):  # expect: HL101 refuted
    if isinstance(payload, str):
        payload = payload.encode("utf-8")
    elif not isinstance(payload, (bytes, bytearray)):
        raise TypeError(f"cannot fingerprint {type(payload).__name__}")
    ctor = _cache.get(algo)
    if ctor is None:
        ctor = _cache[algo] = functools.partial(hashlib.new, algo)
    return "{}:{}".format(algo, ctor(payload).hexdigest()[:16])


def scenario():
    n = next(_assets)
    css = f".banner-{n} {{ color: #{n % 4096:03x}; }}"
    return fingerprint(css), fingerprint(css.encode() * 2, algo="md5")
