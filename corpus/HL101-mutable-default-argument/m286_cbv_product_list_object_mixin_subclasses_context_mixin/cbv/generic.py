"""TemplateView: get() renders the context; get_context_data() is inherited
from ContextMixin, TemplateView does not define it."""
from cbv.base import ContextMixin, TemplateResponseMixin, View


class TemplateView(TemplateResponseMixin, ContextMixin, View):
    def get(self, request, context={}):  # expect: HL101 confirmed
        return self.render_to_response(self.get_context_data(context))
