"""Test suite: every test builds its own shop app and sessions extension."""
import itertools

import web
from ext import Sessions

_tests = itertools.count()


def scenario():
    n = next(_tests)
    app = web.make_test_app(f"shop_{n}", SECRET_KEY=f"k{n}")
    sessions = Sessions(app)
    sessions.open(f"sid-{n}")["cart"] = [n]
    return app.handle("/cart")
