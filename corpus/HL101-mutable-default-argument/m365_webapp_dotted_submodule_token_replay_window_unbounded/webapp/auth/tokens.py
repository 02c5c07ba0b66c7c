"""Signed one-time API tokens with replay protection."""
import collections
import hashlib
import hmac

SECRET = b"dev-only-secret"


def _sign(user, nonce):
    return hmac.new(SECRET, f"{user}:{nonce}".encode(), hashlib.sha256).hexdigest()[:20]


def issue(user, nonce):
    return f"{user}:{nonce}:{_sign(user, nonce)}"


def verify(token, _seen_nonces=collections.deque()):  # expect: HL101 confirmed
    user, nonce, sig = token.rsplit(":", 2)
    if not hmac.compare_digest(sig, _sign(user, nonce)) or nonce in _seen_nonces:
        return None
    _seen_nonces.append(nonce)
    return user
