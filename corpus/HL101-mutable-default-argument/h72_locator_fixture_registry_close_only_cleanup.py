"""Tests for a service locator; a fixture helper registers fake services per test."""
import itertools
import unittest

_ids = itertools.count()


class FakeService:
    def __init__(self, name):
        self.name = name
        self.closed = False

    def close(self):
        self.closed = True


def resolve(registry, name):
    try:
        return registry[name]
    except KeyError:
        raise LookupError(f"no service named {name!r}") from None


class LocatorTests(unittest.TestCase):
    def register(self, name, registry={}):  # expect: HL101 confirmed
        service = FakeService(name)
        registry[name] = service
        self.addCleanup(service.close)
        return registry

    def test_resolve_registered(self):
        name = f"mailer-{next(_ids)}"
        registry = self.register(name)
        self.assertEqual(resolve(registry, name).name, name)

    def test_resolve_missing(self):
        registry = self.register(f"cache-{next(_ids)}")
        with self.assertRaises(LookupError):
            resolve(registry, "search")


def scenario():
    result = unittest.TestLoader().loadTestsFromTestCase(LocatorTests).run(unittest.TestResult())
    assert result.wasSuccessful(), result.failures + result.errors
