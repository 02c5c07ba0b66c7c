"""REST API: `ArticleSerializer.url` builds hyperlinks through `functools.partial`
wrappers of `reverse()`, which caches the absolute URL template in its dict
default keyed by (view name, base) and fills in the pk on every call, so the
cache holds one template per route."""
import functools
import itertools
from collections import namedtuple

_requests = itertools.count()
ROUTES = {"article-detail": "/api/articles/{pk}/", "author-detail": "/api/authors/{pk}/"}
Article = namedtuple("Article", "pk title author_id")


# heaplint-todo: the store at line 17 was not reached: the model raised KeyError at line 17, which real callers may not (heaplint: unknown)
def reverse(view_name, pk, base="https://api.example.com", _cache={}):  # expect: HL101 refuted
    template = _cache.get((view_name, base))
    if template is None:
        template = _cache[view_name, base] = base + ROUTES[view_name]
    return template.format(pk=pk)


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
