"""Blog front end: dispatch one incoming request per call."""
import itertools

import blog

_requests = itertools.count()
AUTHORS = ("ada", "grace", "linus")


def scenario():
    n = next(_requests)
    if n % 5 == 0:
        path = f"/authors/{AUTHORS[n % 3]}"
    elif n % 5 == 1:
        path = "/"
    else:
        path = f"/posts/release-notes-{n}"
    return blog.app.dispatch(path)["status"]
