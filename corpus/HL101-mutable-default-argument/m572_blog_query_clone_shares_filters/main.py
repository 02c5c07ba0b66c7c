"""Blog front end: each request lists one author's published articles."""
import itertools

import app

_requests = itertools.count()


def scenario():
    n = next(_requests)
    return app.author_articles(author_id=n, tag="tag-%d" % (n % 7))
