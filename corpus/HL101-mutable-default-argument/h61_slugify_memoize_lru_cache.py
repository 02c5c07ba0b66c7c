"""Blog engine helpers: slug generation wrapped in a small memoize decorator."""
import functools
import itertools
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")


def memoize(func, _tables={}):  # expect: HL101 refuted
    table = _tables.setdefault(func.__qualname__, functools.lru_cache(maxsize=32)(func))

    @functools.wraps(func)
    def wrapper(*args):
        return table(*args)

    return wrapper


@memoize
def slugify(title):
    text = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    return _NON_WORD.sub("-", text.lower()).strip("-")


_posts = itertools.count()


def scenario():
    n = next(_posts)
    slug = slugify(f"Release notes für Version {n}.0")
    return f"/blog/{slug}/"
