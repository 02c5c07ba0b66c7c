"""Flask-style views: `MethodView.dispatch_request()` takes `g={}` and calls
the handler named after the HTTP method. `CacheMixin.get()` would keep each body
in `g`, but `ItemAPI` lists `JSONMixin` first and JSONMixin.get() answers
without calling super(), so the cooperative chain stops before CacheMixin and
the default dict stays empty."""
import itertools

_items = itertools.count()


class MethodView:
    def dispatch_request(self, method, url, g={}):  # expect: HL101 refuted
        return getattr(self, method.lower())(url, g)


class JSONMixin:
    def get(self, url, g):
        return '{"url": "%s", "status": "ok"}' % url


class CacheMixin:
    def get(self, url, g):
        if url not in g:
            g[url] = super().get(url, g)
        return g[url]


class ItemAPI(JSONMixin, CacheMixin, MethodView):
    methods = ["GET"]


def scenario():
    n = next(_items)
    return ItemAPI().dispatch_request("GET", f"/api/items/{n}")
