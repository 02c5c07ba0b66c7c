"""Storage tests: setUp registers a scratch bucket, schedules its release, then skips backends that are not configured."""
import functools
import io
import itertools
import unittest

_ids = itertools.count()
CONFIGURED = {"memory": True, "s3": False}


def register_bucket(name, backend, registry={}):  # expect: HL101 refuted
    registry[name] = bucket = {"backend": backend, "objects": {}}
    return bucket, functools.partial(registry.pop, name, None)


class StoreContract:
    def setUp(self):
        self.bucket, release = register_bucket(f"scratch-{next(_ids)}", self.backend)
        self.addCleanup(release)
        if not CONFIGURED[self.backend]:
            self.skipTest(f"{self.backend} backend not configured")

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
