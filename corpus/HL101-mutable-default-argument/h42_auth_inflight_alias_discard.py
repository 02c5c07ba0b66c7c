"""Auth: a token-refresh guard tracks which sessions are refreshing right now.

Each refresh marks its session id as in flight through a bound `add` and the
`finally` block removes it through a bound `discard`, whether the identity
provider answers or raises, so the default set only ever holds the refreshes
running at this moment (none, between requests).
"""
import itertools
import logging

log = logging.getLogger(__name__)


class RefreshInProgress(Exception):
    """Another request is already refreshing this session."""


class UpstreamError(Exception):
    """The identity provider refused the refresh token."""


def _call_identity_provider(session_id, refresh_token):
    if refresh_token.endswith("7"):
        raise UpstreamError(f"invalid_grant for {session_id}")
    return {"access_token": f"at-{session_id}-{refresh_token[-4:]}", "expires_in": 3600}


def refresh(session_id, refresh_token, _inflight=set()):  # expect: HL101 refuted
    if session_id in _inflight:
        raise RefreshInProgress(session_id)
    begin, done = _inflight.add, _inflight.discard
    begin(session_id)
    try:
        return _call_identity_provider(session_id, refresh_token)
    finally:
        done(session_id)


class Session:
    def __init__(self, session_id, refresh_token):
        self.session_id = session_id
        self.refresh_token = refresh_token
        self.access_token = None
        self.expires_in = 0

    def ensure_fresh(self):
        if self.access_token is not None and self.expires_in > 60:
            return self.access_token
        try:
            grant = refresh(self.session_id, self.refresh_token)
        except UpstreamError as exc:
            log.info("logging out %s: %s", self.session_id, exc)
            self.access_token = None
            return None
        self.access_token = grant["access_token"]
        self.expires_in = grant["expires_in"]
        return self.access_token


def handle_request(session, path):
    token = session.ensure_fresh()
    if token is None:
        return 302, "/login"
    return 200, f"{path} as {token[:12]}"


_seq = itertools.count()


def scenario():
    n = next(_seq)
    session = Session(f"s{n:06d}", f"rt-{n * 31:05d}")
    status, _ = handle_request(session, f"/orders/{n}")
    if status == 200:
        handle_request(session, f"/orders/{n}/items")
    return status
