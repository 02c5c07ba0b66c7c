"""A small fixture decorator: every value a fixture hands out is closed after the test."""
import functools


def fixture(func, live=[]):  # expect: HL101 confirmed
    @functools.wraps(func)
    def get(*args):
        value = func(*args)
        live.append(value)
        return value

    get.live = live
    return get


def teardown(*fixtures):
    for fix in fixtures:
        # Closes every value handed out so far, but never forgets one: the
        # shared default keeps each test's calendar after it is closed.
        for value in fix.live:
            value.close()
