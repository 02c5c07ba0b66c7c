"""REST API: `ArticleSerializer.url` builds hyperlinks through `functools.partial`
wrappers of `reverse()`, which caches finished URLs in its dict default keyed by
(view name, pk). Every new article has a new pk, so its URL stays in the cache."""
import functools
import itertools
from collections import namedtuple

_requests = itertools.count()
ROUTES = {"article-detail": "/api/articles/{pk}/", "author-detail": "/api/authors/{pk}/"}
Article = namedtuple("Article", "pk title author_id")


def reverse(view_name, pk, base="https://api.example.com", _cache={}):  # expect: HL101 confirmed
    url = _cache.get((view_name, pk))
    if url is None:
        url = _cache[view_name, pk] = base + ROUTES[view_name].format(pk=pk)
    return url


article_url = functools.partial(reverse, "article-detail")
author_url = functools.partial(reverse, "author-detail")


class ArticleSerializer:
    def __init__(self, article):
        self.article = article

    @property
    def url(self):
        return article_url(self.article.pk)

    def data(self):
        return {"url": self.url, "title": self.article.title, "author": author_url(self.article.author_id)}


def scenario():
    n = next(_requests)
    return ArticleSerializer(Article(n, "Release notes %d" % n, n % 12)).data()
