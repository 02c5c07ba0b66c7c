"""Parametrised tests for a duration parser used by a job scheduler's config."""
import itertools
import re
import unittest

_ids = itertools.count(1)
_UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}
_PATTERN = re.compile(r"^(\d+)(ms|s|m|h)$")


def parse_duration(text):
    match = _PATTERN.match(text.strip())
    if match is None:
        raise ValueError(f"bad duration: {text!r}")
    return int(match.group(1)) * _UNITS[match.group(2)]


class DurationTests(unittest.TestCase):
    def run_params(self, func, params, results=[]):  # expect: HL101 refuted
        results[:] = [func(p) for p in params]
        return results

    def test_units(self):
        n = next(_ids)
        params = [f"{n}ms", f"{n}s", f" {n}m", f"{n}h\n"]
        got = self.run_params(parse_duration, params)[-len(params):]
        self.assertEqual(got, [n * 0.001, n, n * 60, n * 3600])

    def test_rejects_garbage(self):
        with self.assertRaises(ValueError):
            parse_duration(f"{next(_ids)} fortnights")


def scenario():
    for name in ("test_units", "test_rejects_garbage"):
        outcome = DurationTests(name).run()
        assert outcome.wasSuccessful(), outcome.failures + outcome.errors
