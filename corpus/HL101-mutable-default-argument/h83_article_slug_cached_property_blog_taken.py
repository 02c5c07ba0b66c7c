"""Blog engine: articles compute a URL slug lazily and keep it unique among already published slugs."""
import itertools
import re
from functools import cached_property

_NON_WORD = re.compile(r"[^a-z0-9]+")


# heaplint-todo: Default set of `unique_slug` grows if called without `taken`; no call in this file does
def unique_slug(title, taken=set()):  # expect: HL101 refuted
    base = _NON_WORD.sub("-", title.lower()).strip("-") or "post"
    slug, suffix = base, 2
    while slug in taken:
        slug = f"{base}-{suffix}"
        suffix += 1
    taken.add(slug)
    return slug


class Blog:
    def __init__(self, name, taken=()):
        self.name = name
        self.taken = set(taken)


class Article:
    def __init__(self, blog, title):
        self.blog = blog
        self.title = title

    @cached_property
    def slug(self):
        return unique_slug(self.title, self.blog.taken)

    def url(self):
        return f"/{self.blog.name}/{self.slug}/"


_posts = itertools.count()


def scenario():
    n = next(_posts)
    blog = Blog(f"team-{n}")
    articles = [Article(blog, title) for title in (f"Release notes {n}", f"Release Notes {n}!")]
    return [article.url() for article in articles]
