"""Token checker: a decoder looked up at run time may raise; decoded claims are cached in a default dict by token."""
import base64
import binascii
import itertools
import json


def decode_claims(token, _cache={}):  # expect: HL101 confirmed
    if token in _cache:
        return _cache[token]
    decoder = getattr(base64, "urlsafe_b64decode")
    try:
        claims = json.loads(decoder(token.encode("ascii")))
    except (binascii.Error, ValueError):
        return None
    _cache[token] = claims
    return claims


_logins = itertools.count()


def scenario():
    n = next(_logins)
    raw = json.dumps({"sub": f"user{n}", "exp": 1_700_000_000 + n}).encode()
    return decode_claims(base64.urlsafe_b64encode(raw).decode("ascii"))
