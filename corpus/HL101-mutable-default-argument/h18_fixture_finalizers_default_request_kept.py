"""pytest-style fixture runner: teardown callbacks are registered on a request object and run at session end; this runner never calls teardown()."""
import itertools


class FixtureRequest:
    def __init__(self):
        self._finalizers = []

    def addfinalizer(self, fn):
        self._finalizers.append(fn)

    def teardown(self):
        while self._finalizers:
            self._finalizers.pop()()


def run_test(test_fn, params, request=FixtureRequest()):  # expect: HL101 confirmed
    conn = {"dsn": f"sqlite://test-{params['id']}", "open": True}
    request.addfinalizer(lambda: conn.update(open=False))
    return test_fn(conn, params)


def test_insert(conn, params):
    return f"{conn['dsn']}: insert {params['row']}"


_tests = itertools.count()


def scenario():
    n = next(_tests)
    return run_test(test_insert, {"id": n, "row": (n, f"name{n}")})
