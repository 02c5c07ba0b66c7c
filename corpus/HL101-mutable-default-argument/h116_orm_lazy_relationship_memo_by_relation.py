"""Lazy relationships: `relationship()` builds a property from
functools.partial over `lazy_load()`, which fetches the related rows on
first access and keeps them in the instance's own __dict__. The `loaded`
dict default only memoises the SQL per (model, attribute), a fixed set."""
import functools
import itertools

_ids = itertools.count(1)


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 13 (heaplint: unknown)
def lazy_load(instance, attr, fetch, loaded={}):  # expect: HL101 refuted
    related = instance.__dict__.setdefault("_related", {})
    if attr not in related:
        key = (type(instance).__name__, attr)
        if key not in loaded:
            loaded[key] = "SELECT * FROM %s WHERE %s_id = ?" % (attr, key[0].lower())
        related[attr] = fetch(loaded[key], instance.pk)
    return related[attr]


def relationship(attr, fetch):
    return property(functools.partial(lazy_load, attr=attr, fetch=fetch))


def fetch_rows(sql, pk):
    return [{"sql": sql, "body": "comment %d on post %d" % (i, pk)} for i in range(2)]


class Post:
    comments = relationship("comments", fetch_rows)

    def __init__(self, pk, title):
        self.pk, self.title = pk, title


def scenario():
    post = Post(next(_ids), "release notes")
    return len(post.comments) + len(post.comments)
