"""Tests for a string.Template based renderer with per-renderer globals."""
import itertools
import string
import unittest

_ids = itertools.count()


class Renderer:
    def __init__(self, options):
        self.options = options
        self.globals = options.setdefault("globals", {})

    def add_global(self, name, value):
        self.globals[name] = value

    def render(self, source, **context):
        return string.Template(source).substitute(self.globals, **context)


class RendererTests(unittest.TestCase):
    def make_renderer(self, options={}):  # expect: HL101 refuted
        return Renderer(options)

    def setUp(self):
        self.renderer = self.make_renderer({"globals": {"scheme": "https"}})

    def test_global_and_context(self):
        n = next(_ids)
        self.renderer.add_global(f"site_{n}", "example.org")
        out = self.renderer.render(f"https://${{site_{n}}}/u/$user", user=f"u{n}")
        self.assertEqual(out, f"https://example.org/u/u{n}")

    def test_missing_name(self):
        with self.assertRaises(KeyError):
            self.renderer.render(f"$missing_{next(_ids)}")


def scenario():
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(RendererTests)
    result = suite.run(unittest.TestResult())
    assert result.wasSuccessful(), result.failures + result.errors
