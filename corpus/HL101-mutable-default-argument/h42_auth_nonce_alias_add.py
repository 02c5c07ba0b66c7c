"""Auth: webhook deliveries are verified and their nonces remembered to reject replays.

`verify()` binds `_seen.add` to a local name before using it. Every delivery
carries a fresh nonce, so the default set keeps one entry per request for the
life of the process; nothing ever expires old nonces.
"""
import hashlib
import hmac
import itertools
import logging

log = logging.getLogger(__name__)

SECRET = b"whsec_test_8f1c2a"
MAX_SKEW_SECONDS = 300


class ReplayError(Exception):
    """The delivery is stale, forged, or was already processed."""


def sign(body, nonce, timestamp):
    message = f"{timestamp}.{nonce}.".encode() + body
    return hmac.new(SECRET, message, hashlib.sha256).hexdigest()


# heaplint-todo: hmac digests are unknown values, so `compare_digest` of the signature heaplint computes with the one it checks stays undecided and growth is on one way only (heaplint: unknown)
def verify(body, nonce, timestamp, signature, now, _seen=set()):  # expect: HL101 confirmed
    if abs(now - timestamp) > MAX_SKEW_SECONDS:
        raise ReplayError("stale timestamp")
    expected = sign(body, nonce, timestamp)
    if not hmac.compare_digest(expected, signature):
        raise ReplayError("bad signature")
    remember = _seen.add
    if nonce in _seen:
        raise ReplayError(f"nonce {nonce} replayed")
    remember(nonce)
    return True


class WebhookEndpoint:
    """Counts outcomes; the verification state lives in verify()'s default."""

    def __init__(self, name):
        self.name = name
        self.accepted = 0
        self.rejected = 0

    def handle(self, headers, body, now):
        try:
            verify(
                body,
                headers["X-Nonce"],
                int(headers["X-Timestamp"]),
                headers["X-Signature"],
                now,
            )
        except (ReplayError, KeyError, ValueError) as exc:
            self.rejected += 1
            log.debug("%s: rejected delivery: %s", self.name, exc)
            return 401
        self.accepted += 1
        return 204


_endpoint = WebhookEndpoint("billing")
_seq = itertools.count()
_T0 = 1_700_000_000


def scenario():
    n = next(_seq)
    ts = _T0 + n
    nonce = f"n-{n:08x}"
    body = b'{"event":"invoice.paid","invoice":%d}' % n
    headers = {
        "X-Nonce": nonce,
        "X-Timestamp": str(ts),
        "X-Signature": sign(body, nonce, ts),
    }
    status = _endpoint.handle(headers, body, now=ts + 1)
    if n % 7 == 0:
        # the sender retries a delivery it thinks timed out: a replay
        _endpoint.handle(headers, body, now=ts + 2)
    return status
