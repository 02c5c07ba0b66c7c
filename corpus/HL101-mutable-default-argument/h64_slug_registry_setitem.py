"""Blog engine: post titles are turned into URL slugs, remembered in a registry."""
import itertools
import re
import unicodedata

_NON_WORD = re.compile(r"[^\w\s-]")
_SEPARATORS = re.compile(r"[-\s]+")


class BoundedRegistry(dict):
    def __init__(self, maxsize):
        super().__init__()
        self.maxsize = maxsize

    def __setitem__(self, key, value):
        if key not in self and len(self) >= self.maxsize:
            del self[next(iter(self))]
        super().__setitem__(key, value)


def slugify(title, _slugs=BoundedRegistry(32)):  # expect: HL101 refuted
    try:
        return _slugs[title]
    except KeyError:
        pass
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    slug = _SEPARATORS.sub("-", _NON_WORD.sub("", text).strip().lower())
    _slugs[title] = slug
    return slug


_posts = itertools.count()


def scenario():
    n = next(_posts)
    return slugify(f"Release notes for version {n}: what's new & improved")
