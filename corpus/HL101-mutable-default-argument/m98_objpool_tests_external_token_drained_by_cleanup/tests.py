"""objpool self-tests."""
import unittest

from objpool import Checkout, Pool


class Token:
    def __init__(self, owner):
        self.owner = owner


class PoolTests(unittest.TestCase):
    ident = 0

    def setUp(self):
        self.pool = Pool(lambda: Token("pool"))
        self.addCleanup(self.pool.drain)

    def test_checkout_hands_out_distinct_objects(self):
        with Checkout(self.pool) as take:
            first, second = take(), take()
            self.assertIsNot(first, second)
        self.assertTrue(self.pool.idle(first) and self.pool.idle(second))

    def test_release_adopts_external_object(self):
        token = Token(f"external-{self.ident}")
        self.pool.release(token)
        self.assertTrue(self.pool.idle(token))
