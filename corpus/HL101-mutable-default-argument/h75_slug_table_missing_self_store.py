"""Blog: article titles are turned into URL slugs through a lookup table that computes misses."""
import itertools
import re
import unicodedata


class SlugTable(dict):
    def __init__(self, limit):
        super().__init__()
        self.limit = limit

    def __setitem__(self, title, slug):
        while len(self) >= self.limit:
            del self[next(iter(self))]
        super().__setitem__(title, slug)

    def __missing__(self, title):
        text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
        slug = re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")
        self[title] = slug
        return slug


def permalink(title, year, _slugs=SlugTable(limit=16)):  # expect: HL101 refuted
    return f"/{year}/{_slugs[title]}/"


_posts = itertools.count()


def scenario():
    n = next(_posts)
    title = f"Release notes for v{n // 10}.{n % 10}: what's new in café mode #{n}"
    return permalink(title, 2000 + n % 25)
