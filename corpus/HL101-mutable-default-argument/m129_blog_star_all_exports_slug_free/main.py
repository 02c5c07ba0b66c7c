"""Blog admin: each call publishes one new post."""
import itertools

import blog

_posts = itertools.count(1)


def scenario():
    n = next(_posts)
    slug = blog.publish_post(f"Release Notes for Build {n}")
    assert slug == f"release-notes-for-build-{n}", slug
    return slug
