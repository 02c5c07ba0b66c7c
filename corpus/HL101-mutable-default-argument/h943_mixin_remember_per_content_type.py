"""Web views: a caching mixin remembers rendered fragments in a store the
view hands in by default; the article view keys the fragment by the response
content type, so the shared store holds at most one entry per type."""
import itertools

_ids = itertools.count()


class FragmentCacheMixin:
    def remember(self, key, render, store={}):  # expect: HL101 refuted
        if key not in store:
            store[key] = render()
        return store[key]


class BaseView:
    template = "<div>{}</div>"

    def render_header(self, kind):
        return self.template.format(f"Content-Type: {kind}")


class ArticleView(FragmentCacheMixin, BaseView):
    def get(self, path, kind):
        header = self.remember(kind, lambda: self.render_header(kind))
        return header + path


def scenario():
    n = next(_ids)
    view = ArticleView()
    kind = ("text/html", "application/json", "text/plain")[n % 3]
    return len(view.get(f"/articles/{n}", kind))
