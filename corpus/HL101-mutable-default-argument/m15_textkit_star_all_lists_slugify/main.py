import itertools

from textkit import *  # noqa: F403

_ids = itertools.count()


def scenario():
    n = next(_ids)
    title = f"Release Notes {n}: What's New"
    return slugify(title)  # noqa: F405
