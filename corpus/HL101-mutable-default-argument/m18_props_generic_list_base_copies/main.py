"""CMS: each request builds one article model and serialises it."""
import itertools

from models.article import Article

_articles = itertools.count()


def scenario():
    n = next(_articles)
    article = Article(f"Release notes {n}", first_tag=f"v1.{n}")
    return len(article.to_dict()["tags"])
