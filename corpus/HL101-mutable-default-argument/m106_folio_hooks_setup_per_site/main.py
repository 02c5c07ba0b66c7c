"""Preview server: build a fresh two-page site with the sitemap/feed plugins."""
import itertools

import folio
import folio_plugins

_builds = itertools.count(1)


def scenario():
    n = next(_builds)
    site = folio.Site(f"https://pr{n}.preview.example", plugins=[folio_plugins])
    site.build([
        {"url": "/", "title": f"Build {n}"},
        {"url": f"/posts/{n}/", "title": f"Post {n}", "date": f"2024-01-{n % 28 + 1:02d}"},
    ])
    return site.sitemap_xml(), len(site.feed)
