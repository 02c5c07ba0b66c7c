"""Tests for a token-bucket rate limiter driven by an injectable clock."""
import itertools
import unittest

_ids = itertools.count()


class FakeClock:
    def __init__(self, start=1_700_000_000.0):
        self.now = float(start)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.now


class RateLimiter:
    def __init__(self, rate, burst, clock):
        self.rate, self.burst, self.clock = rate, burst, clock
        self.tokens, self.updated = float(burst), clock()

    def allow(self):
        now = self.clock()
        elapsed, self.updated = now - self.updated, now
        self.tokens = min(self.burst, self.tokens + elapsed * self.rate)
        if self.tokens < 1:
            return False
        self.tokens -= 1
        return True


class LimiterTests(unittest.TestCase):
    def make_limiter(self, burst=2, clock=FakeClock()):  # expect: HL101 refuted
        return RateLimiter(rate=1.0, burst=burst, clock=clock), clock

    def test_refills_after_wait(self):
        limiter, clock = self.make_limiter(burst=next(_ids) % 3 + 1)
        self.assertEqual(sum(limiter.allow() for _ in range(5)), limiter.burst)
        clock.now += 1.0
        self.assertTrue(limiter.allow())


def scenario():
    LimiterTests("test_refills_after_wait").debug()
