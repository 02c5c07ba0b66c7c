"""Authentication: resolve the session cookie to a user and put it on the context."""
SESSIONS = {"s-admin": "admin"}


def auth_middleware(ctx, call_next):
    cookie = ctx["headers"].get("cookie", "")
    ctx["user"] = SESSIONS.get(cookie, "anonymous")
    ctx["is_authenticated"] = cookie in SESSIONS
    return call_next(ctx)
