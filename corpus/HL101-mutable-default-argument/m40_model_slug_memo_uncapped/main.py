import itertools

from models import Article

_seq = itertools.count(1)


def scenario():
    n = next(_seq)
    rows = []
    for section in ("World", "Tech"):
        article = Article.draft("  %s: Release %d.0 ships  " % (section, n), section)
        rows.append(article.save())
    pinned = Article(headline="Front page", slug="front-page", section="home")
    rows.append(pinned.save())
    return rows
