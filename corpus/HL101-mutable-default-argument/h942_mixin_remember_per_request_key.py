"""Web views: a caching mixin remembers rendered fragments in a store the
view hands in by default; the article view keys the fragment by the request
path, so every new article adds an entry to the shared default store."""
import itertools

_ids = itertools.count()


class FragmentCacheMixin:
    def remember(self, key, render, store={}):  # expect: HL101 confirmed
        if key not in store:
            store[key] = render()
        return store[key]


class BaseView:
    template = "<div>{}</div>"

    def render_body(self, context):
        return self.template.format(context["title"])


class ArticleView(FragmentCacheMixin, BaseView):
    def get(self, path, context):
        return self.remember(path, lambda: self.render_body(context))


def scenario():
    n = next(_ids)
    view = ArticleView()
    return len(view.get(f"/articles/{n}", {"title": f"Article number {n}"}))
