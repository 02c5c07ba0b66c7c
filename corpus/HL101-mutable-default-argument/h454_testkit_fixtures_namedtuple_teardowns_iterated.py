"""Test helpers: run_test() passes a Fixtures namedtuple to the test, which
registers its cleanups in `fixtures.teardowns`. The default Fixtures is built
once, so its teardowns list is shared; the runner walks it in reverse but
never empties it, so every test's cleanups (and the resources they close
over) stay in the default."""
import itertools
from collections import namedtuple

Fixtures = namedtuple("Fixtures", "setups teardowns")
_tests = itertools.count()


def run_test(test, fixtures=Fixtures(setups=[], teardowns=[])):  # expect: HL101 confirmed
    for setup in fixtures.setups:
        setup()
    try:
        return test(fixtures)
    finally:
        for teardown in reversed(fixtures.teardowns):
            teardown()


def make_test(name):
    def test(fixtures):
        conn = {"dsn": f"sqlite:///:memory:?{name}", "open": True}
        fixtures.teardowns.append(lambda: conn.update(open=False))
        return conn["dsn"]
    return test


def scenario():
    n = next(_tests)
    return run_test(make_test(f"test_case_{n}"))
