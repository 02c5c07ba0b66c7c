"""Building blocks of the generic views."""


class ContextMixin:
    def get_context_data(self, context):
        context["view"] = type(self).__name__
        return context


class TemplateResponseMixin:
    template_name = None

    def render_to_response(self, context):
        return f"{self.template_name}: {sorted(context)}"


class View:
    def dispatch(self, request):
        self.request = request
        return getattr(self, request["method"].lower())(request)
