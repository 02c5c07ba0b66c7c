"""CI step for a blog: build one freshly written post, then run quire's tests."""
import io
import itertools
import unittest

import quire
from quire.tests import PageBuildTests

_posts = itertools.count(1)


def scenario():
    n = next(_posts)
    source = (f"---\ntitle: Week {n} notes\nold_slug: week-{n}-draft\n---\n"
              f"Shipped release {n}.\n")
    html = quire.build_page(quire.Page(source, section=f"notes{n % 7}"))
    PageBuildTests.post_no = n
    suite = unittest.defaultTestLoader.loadTestsFromTestCase(PageBuildTests)
    result = unittest.TextTestRunner(stream=io.StringIO()).run(suite)
    return html, result.testsRun, len(result.failures)
