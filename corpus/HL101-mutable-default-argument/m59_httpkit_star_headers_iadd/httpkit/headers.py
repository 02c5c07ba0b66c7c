from .compat import ACCEPT_ENCODING, USER_AGENT

__all__ = ["build_headers"]


def build_headers(request_id, token=None, base=[("Accept", "application/json")]):  # expect: HL101 confirmed
    base += [("X-Request-Id", request_id)]
    if token:
        base = base + [("Authorization", f"Bearer {token}")]
    return dict([("User-Agent", USER_AGENT), ("Accept-Encoding", ACCEPT_ENCODING), *base])
