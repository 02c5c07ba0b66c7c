"""Admin bulk-edit endpoint: each request edits a few articles at once."""
import itertools

import app

_requests = itertools.count()


def scenario():
    n = next(_requests)
    rows = [{"title": "Post %d" % n, "slug": "post-%d" % n}, {"title": "Draft %d" % n}]
    return app.bulk_edit({"rows": rows, "extra": 1 + n % 3})
