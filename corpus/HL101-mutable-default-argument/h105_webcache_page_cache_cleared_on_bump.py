"""Dashboard rendering: pages are cached per user and path in a
defaultdict default that remembers the content version it was filled at.
When the version counter moves on, the whole cache is dropped, so it never
holds more than one version's worth of pages (ten requests here)."""
import collections
import functools
import itertools

_requests = itertools.count()


# heaplint-todo: it grows only when a test heaplint cannot evaluate goes one way: the test at line 13 (heaplint: unknown)
def cached_page(render, user, path, version, _pages=collections.defaultdict(dict)):  # expect: HL101 refuted
    if _pages.get(None) != version:
        _pages.clear()
        _pages[None] = version
    body = _pages[user].get(path)
    if body is None:
        body = _pages[user][path] = render(user, path)
    return body


def render_dashboard(user, path):
    return "<h1>%s</h1><p>signed in as %s</p>" % (path.strip("/").title(), user)


dashboard = functools.partial(cached_page, render_dashboard)


def scenario():
    n = next(_requests)
    user = "user-%d" % n
    dashboard(user, "/dashboard", version=n // 10)
    return len(dashboard(user, "/dashboard", version=n // 10))
