"""Flask-style views: `MethodView.dispatch_request()` takes `g={}` and calls
the handler named after the HTTP method. `CacheMixin.get()` asks `super().get()`
for the body and keeps it in `g` under the URL; `JSONMixin.get()` builds a body
without calling super(). `ItemAPI` lists CacheMixin first, so it runs and the
default dict gains a key for every item URL."""
import itertools

_items = itertools.count()


class MethodView:
    def dispatch_request(self, method, url, g={}):  # expect: HL101 confirmed
        return getattr(self, method.lower())(url, g)


class JSONMixin:
    def get(self, url, g):
        return '{"url": "%s", "status": "ok"}' % url


class CacheMixin:
    def get(self, url, g):
        if url not in g:
            g[url] = super().get(url, g)
        return g[url]


class ItemAPI(CacheMixin, JSONMixin, MethodView):
    methods = ["GET"]


def scenario():
    n = next(_items)
    return ItemAPI().dispatch_request("GET", f"/api/items/{n}")
