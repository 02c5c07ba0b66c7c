"""Blog: post URLs are built with slugify from `from textutil import *` (textutil's __all__)."""
import itertools

from textutil import *  # noqa: F403

_posts = itertools.count()


def post_url(post_id, title):
    return f"/posts/{post_id}/{slugify(title)}"  # noqa: F405


def scenario():
    n = next(_posts)
    return post_url(n, f"Release {n}: What's new?")
