"""Webhook receiver: `SignatureCheckMixin.verify()` takes `expected_kwargs={}`
and hands it to `self.note_expectation()`, which only the concrete
`StripeHandler` defines. The handler only compares the digest with a pinned
expectation, if one exists (get() with a fallback), and never writes into the
mapping, so the mixin's shared default stays empty."""
import hashlib
import itertools

_deliveries = itertools.count()


class SignatureCheckMixin:
    def verify(self, payload, signature, expected_kwargs={}):  # expect: HL101 refuted
        digest = hashlib.sha256((self.secret + payload).encode()).hexdigest()[:16]
        self.note_expectation(expected_kwargs, payload, digest)
        return digest == signature


class BaseHandler:
    def __init__(self, secret):
        self.secret = secret


class StripeHandler(SignatureCheckMixin, BaseHandler):
    def note_expectation(self, expected_kwargs, payload, digest):
        if expected_kwargs.get(payload, digest) != digest:
            raise ValueError(f"replayed delivery with a different body: {payload[:20]}")


def scenario():
    n = next(_deliveries)
    secret = f"whsec_{n % 5}"
    payload = f'{{"id": "evt_{n:08d}", "type": "charge.succeeded"}}'
    signature = hashlib.sha256((secret + payload).encode()).hexdigest()[:16]
    return StripeHandler(secret).verify(payload, signature)
