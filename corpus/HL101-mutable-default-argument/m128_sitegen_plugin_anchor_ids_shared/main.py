"""Static site build: each call renders one changelog page through the plugins."""
import itertools

import sitegen

_pages = itertools.count(1)


def scenario():
    n = next(_pages)
    page = {
        "slug": f"changelog-{n}",
        "lines": ["# Version %d" % n, "Some text.", "## Fixes in %d" % n, "## Notes"],
    }
    html = sitegen.build(page)
    assert html[0] == f'<h1 id="version-{n}">Version {n}</h1>', html
    return html
