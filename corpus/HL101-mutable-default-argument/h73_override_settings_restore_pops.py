"""Cache tests: override_settings() swaps settings for a block and restores them afterwards."""
import contextlib
import io
import itertools
import unittest

_ttls = itertools.count(60)

SETTINGS = {"DEBUG": False, "TIME_ZONE": "UTC", "CACHE_TTL": 300}


def _push(changes, _saved=[]):  # expect: HL101 refuted
    _saved.append({key: SETTINGS.get(key) for key in changes})
    SETTINGS.update(changes)
    return _saved


@contextlib.contextmanager
def override_settings(**changes):
    saved = _push(changes)
    try:
        yield SETTINGS
    finally:
        SETTINGS.update(saved.pop())


def cache_timeout(kind):
    return SETTINGS["CACHE_TTL"] * (2 if kind == "static" else 1)


class CacheTimeoutTests(unittest.TestCase):
    def test_static_assets_cached_twice_as_long(self):
        ttl = next(_ttls)
        with override_settings(CACHE_TTL=ttl, DEBUG=True):
            self.assertEqual(cache_timeout("static"), 2 * ttl)

    def test_default_ttl_restored(self):
        self.assertEqual(cache_timeout("page"), 300)


def scenario():
    runner = unittest.TextTestRunner(stream=io.StringIO(), verbosity=0)
    result = runner.run(unittest.defaultTestLoader.loadTestsFromTestCase(CacheTimeoutTests))
    assert result.wasSuccessful(), result.errors + result.failures
