"""ProductListView lists TemplateView first; its MRO is ProductListView,
TemplateView, TemplateResponseMixin, ContextMixin, View, MultipleObjectMixin,
so ContextMixin's get_context_data() wins and the mixin's never runs."""
from cbv.generic import TemplateView
from cbv.listing import MultipleObjectMixin


class ProductListView(TemplateView, MultipleObjectMixin):
    template_name = "catalog/product_list.html"

    def get_queryset(self):
        return [f"sku-{self.request['page']}-{i}" for i in range(3)]
