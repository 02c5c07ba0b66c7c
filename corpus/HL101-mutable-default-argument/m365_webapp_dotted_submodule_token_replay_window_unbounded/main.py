"""API gateway: each call issues a one-time token for a new client and uses it once."""
import itertools

import webapp.auth.tokens
from webapp import views

_ids = itertools.count()


def scenario():
    n = next(_ids)
    token = webapp.auth.tokens.issue(f"client{n}", nonce=f"{n:08x}")
    response = views.whoami({"Authorization": "Token " + token})
    return response["status"], response["body"]
