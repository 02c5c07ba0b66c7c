"""HTTP client: request headers are merged with defaults and signed with an HMAC over a canonical form."""
import hashlib
import hmac
import itertools

SECRET = b"s3cr3t-signing-key"


def prepare_headers(
    request_id,
    extra=(),
    _base=[("Accept", "application/json"), ("User-Agent", "shopkit/2.3")],  # expect: HL101 refuted
):
    headers = _base
    if extra:
        headers = headers + list(extra)
    for_send, for_sign = itertools.tee(itertools.chain(headers, [("X-Request-Id", request_id)]))
    canonical = "\n".join(f"{name.lower()}:{value.strip()}" for name, value in sorted(for_sign))
    signature = hmac.new(SECRET, canonical.encode("utf-8"), hashlib.sha256).hexdigest()
    prepared = dict(for_send)
    prepared["X-Signature"] = signature
    return prepared


_calls = itertools.count()


def scenario():
    n = next(_calls)
    extra = [("X-Tenant", f"tenant-{n % 5}"), ("If-None-Match", f'"etag-{n}"')]
    return prepare_headers(f"req-{n}", extra)["X-Signature"]
