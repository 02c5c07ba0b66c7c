"""CMS publisher: each published page gets a URL from its title."""
import itertools

from pageslug import slugify

_pages = itertools.count()


def publish(title):
    return "/blog/" + slugify(title)


def scenario():
    n = next(_pages)
    return publish(f"Release Notes for Build {n}")
