import itertools

from authz import Forbidden, require

_ids = itertools.count()
ROLES = ("viewer", "editor", "admin")


class User:
    def __init__(self, id, role):
        self.id = id
        self.role = role


class Request:
    def __init__(self, user, session=None):
        self.user = user
        self.session = session or {}


@require("write")
def update_article(request, slug, body):
    return {"slug": slug, "length": len(body), "editor": request.user.id}


def scenario():
    n = next(_ids)
    request = Request(User(f"u-{n}", ROLES[n % 3]))
    try:
        result = update_article(request, f"post-{n}", "new body")
    except Forbidden:
        result = None
    assert (result is None) == (request.user.role == "viewer")
