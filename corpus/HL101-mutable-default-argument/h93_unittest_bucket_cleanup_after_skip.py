"""Storage tests: setUp registers a scratch bucket, skips backends that are not configured, then schedules the release."""
import functools
import io
import itertools
import unittest

_ids = itertools.count()
CONFIGURED = {"memory": True, "s3": False}


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the tests at lines 17, 19 (heaplint: unknown)
def register_bucket(name, backend, registry={}):  # expect: HL101 confirmed
    registry[name] = bucket = {"backend": backend, "objects": {}}
    return bucket, functools.partial(registry.pop, name, None)


class StoreContract:
    def setUp(self):
        self.bucket, release = register_bucket(f"scratch-{next(_ids)}", self.backend)
        if not CONFIGURED[self.backend]:
            self.skipTest(f"{self.backend} backend not configured")
        self.addCleanup(release)

    def test_put_then_get(self):
        self.bucket["objects"]["k"] = b"v"
        self.assertEqual(self.bucket["objects"]["k"], b"v")


class MemoryStoreTests(StoreContract, unittest.TestCase):
    backend = "memory"


class S3StoreTests(StoreContract, unittest.TestCase):
    backend = "s3"


def scenario():
    loader = unittest.TestLoader()
    suite = unittest.TestSuite(loader.loadTestsFromTestCase(c) for c in (MemoryStoreTests, S3StoreTests))
    return unittest.TextTestRunner(stream=io.StringIO()).run(suite).skipped
