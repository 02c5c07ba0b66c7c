import unittest

from quire import Page, build_page


class PageBuildTests(unittest.TestCase):
    post_no = 0

    def make(self, extra=""):
        n = self.post_no
        return Page(f"---\ntitle: Test {n}\n{extra}---\nbody {n}\n", "tests")

    def test_url_from_title(self):
        self.assertEqual(self.make().url, f"/tests/test-{self.post_no}/")

    def test_old_slug_becomes_alias(self):
        page = self.make(f"old_slug: t{self.post_no}\n")
        self.assertIn(f'href="/tests/t{self.post_no}/"', build_page(page))

    def test_layout_default(self):
        self.assertEqual(self.make().meta["layout"], "post")
