"""ProductListView lists TemplateView first; its MRO is ProductListView,
TemplateView, TemplateResponseMixin, MultipleObjectMixin, ContextMixin, View,
so the mixin's get_context_data() still overrides the inherited one."""
from cbv.generic import TemplateView
from cbv.listing import MultipleObjectMixin


class ProductListView(TemplateView, MultipleObjectMixin):
    template_name = "catalog/product_list.html"

    def get_queryset(self):
        return [f"sku-{self.request['page']}-{i}" for i in range(3)]
