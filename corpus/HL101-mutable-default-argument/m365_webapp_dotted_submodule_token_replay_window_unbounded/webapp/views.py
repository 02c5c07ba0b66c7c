"""Request handlers."""
from webapp import auth


def whoami(headers):
    scheme, _, token = headers.get("Authorization", "").partition(" ")
    user = auth.tokens.verify(token) if scheme == "Token" else None
    if user is None:
        return {"status": 401, "body": "unauthorized"}
    return {"status": 200, "body": user}
