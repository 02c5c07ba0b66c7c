"""Blog feed: each published post is added to the outgoing feed batch."""
import itertools

from helpers import *

_posts = itertools.count()


def scenario():
    n = next(_posts)
    entry = {"title": f"Release notes {n}: bug fixes", "author": f"author{n % 4}"}
    batch = collect(entry)
    return render_feed("Engineering blog", batch[-3:])
