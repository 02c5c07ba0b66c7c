"""Table-driven tests for a slug helper, with extra cases supplied per test."""
import itertools
import re
import unittest

_ids = itertools.count()


def slugify(text):
    text = re.sub(r"[^\w\s-]", "", text.lower())
    return re.sub(r"[-\s]+", "-", text).strip("-_")


def slug_cases(extra=(), base=[("Hello World", "hello-world"), ("  a--b ", "a-b")]):  # expect: HL101 refuted
    for text, expected in itertools.chain(base, extra):
        yield text, expected


class SlugTests(unittest.TestCase):
    def test_table(self):
        n = next(_ids)
        extra = [(f"Post #{n}!", f"post-{n}"), (f"Tag {n} / Go", f"tag-{n}-go")]
        for text, expected in slug_cases(extra):
            with self.subTest(text=text):
                self.assertEqual(slugify(text), expected)

    def test_idempotent(self):
        n = next(_ids)
        for _, expected in slug_cases([(f"Already-{n}-slug", f"already-{n}-slug")]):
            self.assertEqual(slugify(expected), expected)


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(SlugTests).run(result)
    assert result.wasSuccessful(), result.failures + result.errors
