"""Blog API: one request creates an article with its tags and renders it."""
import itertools

from blogdb import Article
from blogdb.render import article_payload

_posts = itertools.count(1)


def scenario():
    n = next(_posts)
    article = Article(n, f"Release Notes {n}", tags=(f"release-{n}", f"v{n}.0"))
    return article_payload(article)
