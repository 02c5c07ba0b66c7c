"""pytest-style fixture runner: teardown callbacks are registered on a request object and run after the test."""
import itertools


class FixtureRequest:
    def __init__(self):
        self._finalizers = []

    def addfinalizer(self, fn):
        self._finalizers.append(fn)

    def teardown(self):
        while self._finalizers:
            self._finalizers.pop()()


def run_test(test_fn, params, request=FixtureRequest()):  # expect: HL101 refuted
    conn = {"dsn": f"sqlite://test-{params['id']}", "open": True}
    request.addfinalizer(lambda: conn.update(open=False))
    try:
        return test_fn(conn, params)
    finally:
        request.teardown()


def test_insert(conn, params):
    return f"{conn['dsn']}: insert {params['row']}"


_tests = itertools.count()


def scenario():
    n = next(_tests)
    return run_test(test_insert, {"id": n, "row": (n, f"name{n}")})
