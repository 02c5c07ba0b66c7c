"""Class-based views: `View.get()` takes `context={}` and renders
`self.get_context_data(context)`, which View inherits from its own base
`ContextMixin`. `ListView` lists View before the plain `MultipleObjectMixin`,
so the MRO is ListView, View, ContextMixin, MultipleObjectMixin: the inherited
version wins and the default dict only ever holds the "view" key."""
import itertools

_pages = itertools.count()


class ContextMixin:
    def get_context_data(self, context):
        context["view"] = type(self).__name__
        return context


class View(ContextMixin):
    def get(self, request, context={}):  # expect: HL101 refuted
        data = self.get_context_data(context)
        return f"{request}: {len(data)} keys"


class MultipleObjectMixin:
    paginate_by = 2

    def get_context_data(self, context):
        context.setdefault("object_list", []).extend(self.get_queryset())
        return super().get_context_data(context)


class ListView(View, MultipleObjectMixin):
    def get_queryset(self):
        return [f"product-{self.page}-{i}" for i in range(self.paginate_by)]


def scenario():
    n = next(_pages)
    view = ListView()
    view.page = n
    return view.get(f"/products/?page={n}")
