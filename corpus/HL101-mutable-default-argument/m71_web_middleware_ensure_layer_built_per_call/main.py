"""Blog front end: one page view per call, for a different reader each time."""
import itertools

from blog import app

_views = itertools.count()


def scenario():
    n = next(_views)
    path = "/drafts" if n % 4 == 0 else "/posts"
    response = app.handle(path, user=f"reader-{n}", page=n % 9 + 1)
    return response.status, response.headers.get("Cache-Control"), len(response.body)
