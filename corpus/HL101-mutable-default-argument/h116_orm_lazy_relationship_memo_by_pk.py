"""Lazy relationships: `relationship()` builds a property from
functools.partial over `lazy_load()`, which fetches the related rows on
first access and memoises them in the `loaded` dict default, keyed by
model, primary key and attribute, so every instance ever touched keeps its
rows there after the instance itself is gone."""
import functools
import itertools

_ids = itertools.count(1)


def lazy_load(instance, attr, fetch, loaded={}):  # expect: HL101 confirmed
    key = (type(instance).__name__, instance.pk, attr)
    if key not in loaded:
        loaded[key] = fetch(instance.pk)
    return loaded[key]


def relationship(attr, fetch):
    return property(functools.partial(lazy_load, attr=attr, fetch=fetch))


def fetch_comments(post_pk):
    return [{"post": post_pk, "body": "comment %d on post %d" % (i, post_pk)} for i in range(2)]


class Post:
    comments = relationship("comments", fetch_comments)

    def __init__(self, pk, title):
        self.pk, self.title = pk, title


def scenario():
    post = Post(next(_ids), "release notes")
    return len(post.comments) + len(post.comments)
