"""Tiny router: known prefixes are tried in a for loop; a path no prefix matches falls to the loop's else and is kept for the 404 report."""
import itertools

ROUTES = [("/api/", "api"), ("/static/", "assets"), ("/admin/", "admin")]


def resolve(path, unmatched=[]):  # expect: HL101 confirmed
    path = path.split("?", 1)[0].rstrip("/") + "/"
    for prefix, handler in ROUTES:
        if path.startswith(prefix):
            break
    else:
        unmatched.append(path)
        return "not_found"
    return handler


_reqs = itertools.count()


def scenario():
    n = next(_reqs)
    return resolve(f"/blog/{n}/comments?page=2")
