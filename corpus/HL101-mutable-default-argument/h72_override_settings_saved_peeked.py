"""A Django-style override_settings decorator for tests of cache-key helpers."""
import functools
import itertools
import unittest

_ids = itertools.count()
SETTINGS = {"DEBUG": False, "TIME_ZONE": "UTC", "CACHE_TTL": 300}


def override_settings(overrides, _saved=[]):  # expect: HL101 confirmed
    def decorator(test):
        @functools.wraps(test)
        def wrapper(*args, **kwargs):
            _saved.append(dict(SETTINGS))
            SETTINGS.update(overrides)
            try:
                return test(*args, **kwargs)
            finally:
                SETTINGS.clear()
                SETTINGS.update(_saved[-1])
        return wrapper
    return decorator


def cache_key(user_id):
    prefix = "dbg" if SETTINGS["DEBUG"] else "prd"
    return f"{prefix}:{SETTINGS['TIME_ZONE']}:{user_id}"


class CacheKeyTests(unittest.TestCase):
    @override_settings({"DEBUG": True, "TIME_ZONE": "Europe/Paris"})
    def test_debug_prefix(self):
        uid = next(_ids)
        self.assertEqual(cache_key(uid), f"dbg:Europe/Paris:{uid}")

    def test_default_prefix(self):
        uid = next(_ids)
        self.assertEqual(cache_key(uid), f"prd:UTC:{uid}")


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(CacheKeyTests).run(result)
    assert result.wasSuccessful(), result.failures + result.errors
