"""A small fixture decorator: every value a fixture hands out is closed after the test."""
import functools


def fixture(func, live=[]):  # expect: HL101 refuted
    @functools.wraps(func)
    def get(*args):
        value = func(*args)
        live.append(value)
        return value

    get.live = live
    return get


def teardown(*fixtures):
    for fix in fixtures:
        # Pops each value as it closes it, so the shared default is empty
        # again after every test.
        while fix.live:
            fix.live.pop().close()
