"""Slug tests: a subTest loop checks that slugify() gives every title a distinct slug."""
import itertools
import re
import unicodedata
import unittest

_batches = itertools.count()


def slugify(title):
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


class SlugTests(unittest.TestCase):
    def assertUniqueSlug(self, title, seen=set()):  # expect: HL101 refuted
        slug = slugify(title)
        self.assertNotIn(slug, seen, "duplicate slug for %r" % title)
        seen.add(slug)
        return slug

    def test_titles_get_distinct_slugs(self):
        batch = next(_batches)
        titles = ["Café Opening %d" % batch, "Summer Sale %d!" % batch, "Q&A Night %d" % batch]
        seen = set()
        for title in titles:
            with self.subTest(title=title):
                self.assertUniqueSlug(title, seen)

    def test_slug_is_ascii(self):
        self.assertEqual(slugify("Crème Brûlée"), "creme-brulee")


def scenario():
    result = unittest.TestResult()
    unittest.defaultTestLoader.loadTestsFromTestCase(SlugTests).run(result)
    assert result.wasSuccessful(), result.errors + result.failures
