"""Shop pages. ProductPage lists TemplateView before FragmentCacheMixin, so
TemplateView's own fill_context() wins; it sets the title and does not call
super(), so the mixin never files a fragment in render()'s default context."""
from webkit.mixins import FragmentCacheMixin
from webkit.views import TemplateView


class ProductPage(TemplateView, FragmentCacheMixin):
    title = "Product"
