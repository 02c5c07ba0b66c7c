"""Test suite helper: builds a fresh app per test, registers its views and dispatches one request."""
import itertools

import webapp

_tests = itertools.count()


def scenario():
    n = next(_tests)
    app = webapp.App(f"test_app_{n}")
    webapp.add_view(app, f"/orders/{n}", lambda: f"order {n}")
    webapp.add_view(app, "/health", lambda: "ok")
    return app.dispatch(f"/orders/{n}")
