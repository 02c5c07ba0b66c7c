"""Smoke run of the sign-up flow through the in-process test client."""
import itertools

from pebble import *

import signup_site

_visitors = itertools.count()
client = TestClient(signup_site.app)


def scenario():
    n = next(_visitors)
    client.get(f"/signup?ref=campaign-{n}")
    form = {
        "email": f"user{n}@example.com",
        "name": f"Test User {n}",
        "company": f"Example Widgets {n % 9} Ltd",
        "plan": "free",
    }
    return client.post("/signup", form)
