"""Shop pages. ProductPage lists FragmentCacheMixin before TemplateView, so
the mixin's fill_context() runs first and files every page body in the
"fragments" dict it keeps inside TemplateView.render()'s default context."""
from webkit.mixins import FragmentCacheMixin
from webkit.views import TemplateView


class ProductPage(FragmentCacheMixin, TemplateView):
    title = "Product"
