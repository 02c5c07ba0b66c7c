"""URL router: `resolve` walks the route table in order and breaks on the
first prefix match. Only a path that falls through the whole loop reaches
the for-else branch, which records it in `misses` for the 404 report. Old
bookmarks still request /v1/ paths, which no route matches, so every one
of them falls through and is kept in the shared list."""
import itertools

_requests = itertools.count()
ROUTES = [("/api/", "api"), ("/static/", "assets"), ("/account/", "accounts")]


def resolve(path, misses=[]):  # expect: HL101 confirmed
    for prefix, app in ROUTES:
        if path.startswith(prefix):
            break
    else:
        misses.append(path)
        return "not_found", len(misses)
    return app, path[len(prefix):]


def dispatch(method, path):
    app, rest = resolve(path)
    return f"{method} {app}:{rest}"


def scenario():
    n = next(_requests)
    return dispatch("GET", f"/v1/orders/{n}?expand=lines")
