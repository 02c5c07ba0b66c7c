"""CMS page renderer: each published article is rendered through the page plugins."""
import itertools

import cms.manager

_articles = itertools.count()


def scenario():
    n = next(_articles)
    page = {"slug": f"release-notes-{n}", "title": f"Release notes {n}", "body": "Fixes and *improvements*."}
    html = cms.manager.render(page)
    return len(html["head"]) + len(html["body"])
