"""Dashboard rendering: pages are cached per user and path in a
defaultdict default, each entry stamped with the content version it was
rendered at. A version bump only makes old entries miss; they are replaced
when the same user comes back, so every user seen once keeps an entry."""
import collections
import functools
import itertools

_requests = itertools.count()


def cached_page(render, user, path, version, _pages=collections.defaultdict(dict)):  # expect: HL101 confirmed
    hit = _pages[user].get(path)
    if hit is not None and hit[0] == version:
        return hit[1]
    body = render(user, path)
    _pages[user][path] = (version, body)
    return body


def render_dashboard(user, path):
    return "<h1>%s</h1><p>signed in as %s</p>" % (path.strip("/").title(), user)


dashboard = functools.partial(cached_page, render_dashboard)


def scenario():
    n = next(_requests)
    user = "user-%d" % n
    dashboard(user, "/dashboard", version=n // 10)
    return len(dashboard(user, "/dashboard", version=n // 10))
