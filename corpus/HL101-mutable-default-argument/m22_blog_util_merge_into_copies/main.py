"""CMS publish hook: normalize the tags typed into the editor."""
import itertools

from blog import normalize_tags

_posts = itertools.count()


def scenario():
    n = next(_posts)
    return normalize_tags(f"Python, Release {n}, News ,")
