"""CMS: article slugs are made unique by a helper that records them in the caller's set default."""
import itertools
import re
import unicodedata


def _slugify(title: str) -> str:
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _claim(base: str, taken: set) -> str:
    slug, suffix = base, 2
    while slug in taken:
        slug = f"{base}-{suffix}"
        suffix += 1
    taken.add(slug)
    return slug


def make_slug(title: str, taken: set[str] = set()) -> str:  # expect: HL101 confirmed
    return _claim(_slugify(title), taken)


class Article:
    def __init__(self, title, body):
        self.title = title
        self.body = body
        self.slug = make_slug(title)

    def __repr__(self):
        return f"Article(slug={self.slug!r})"


_posts = itertools.count()


def scenario():
    n = next(_posts)
    return repr(Article(f"Café Opening Hours #{n}", "We are open late."))
