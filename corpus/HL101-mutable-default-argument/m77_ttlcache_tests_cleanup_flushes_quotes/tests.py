import unittest

import cachekit
import rates


class QuoteCacheTests(unittest.TestCase):
    pair = "EUR/USD"  # main.py sets a fresh pair before each run

    def setUp(self):
        self.addCleanup(cachekit.flush, rates.QUOTES)
        self.before = rates.CALLS["upstream"]

    def test_second_quote_is_cached(self):
        first = rates.quote(self.pair, now=100.0)
        self.assertEqual(rates.quote(self.pair, now=110.0), first)
        self.assertEqual(rates.CALLS["upstream"] - self.before, 1)

    def test_quote_refetched_after_ttl(self):
        rates.quote(self.pair, now=100.0)
        rates.quote(self.pair, now=131.0)
        self.assertEqual(rates.CALLS["upstream"] - self.before, 2)
