"""CSRF protection: unsafe methods must echo the token derived from the session user."""
import hashlib
import hmac

SECRET = b"dev-only-secret"
SAFE_METHODS = ("GET", "HEAD", "OPTIONS")


def expected_token(user):
    return hmac.new(SECRET, user.encode(), hashlib.sha256).hexdigest()[:16]


def csrf_middleware(ctx, call_next):
    if ctx["method"] in SAFE_METHODS:
        ctx["csrf_checked"] = False
        return call_next(ctx)
    sent = ctx["headers"].get("x-csrf-token", "")
    ctx["csrf_checked"] = hmac.compare_digest(sent, expected_token(ctx["user"]))
    if not ctx["csrf_checked"]:
        return 403, "CSRF token missing or wrong"
    return call_next(ctx)
