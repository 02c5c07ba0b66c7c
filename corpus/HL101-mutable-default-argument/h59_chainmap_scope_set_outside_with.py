"""Template rendering context: `with ctx.push(...)` opens a nested scope over the site globals."""
import collections
import contextlib
import itertools


class Context:
    def __init__(self, site_globals={"site": "Acme Docs", "year": 2024}):  # expect: HL101 confirmed
        self.scope = collections.ChainMap(site_globals)

    @contextlib.contextmanager
    def push(self, **values):
        self.scope = self.scope.new_child(values)
        try:
            yield self.scope
        finally:
            self.scope = self.scope.parents

    def set(self, name, value):
        self.scope[name] = value

    def render(self, source):
        return source.format_map(self.scope)


_pages = itertools.count()


def scenario():
    n = next(_pages)
    ctx = Context()
    ctx.set(f"block_{n}", f"<h1>Page {n}</h1>")
    with ctx.push(page=n):
        return ctx.render("{site} {year} p.{page}: {block_%d}" % n)
