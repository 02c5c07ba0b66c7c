"""Blog build: each scenario() call renders one new post with its nav link."""
import itertools

import sitekit as sk

_posts = itertools.count(1)


def scenario():
    n = next(_posts)
    page = sk.Page(f"post-{n:06d}", sk.SECTIONS[n % len(sk.SECTIONS)], f"Post {n}")
    return sk.render(page)
