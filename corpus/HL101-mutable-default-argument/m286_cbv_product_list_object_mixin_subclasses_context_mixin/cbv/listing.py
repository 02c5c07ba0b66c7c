"""MultipleObjectMixin subclasses ContextMixin, so C3 places it ahead of
ContextMixin in any view that has both, even when it is listed last."""
from cbv.base import ContextMixin


class MultipleObjectMixin(ContextMixin):
    def get_context_data(self, context):
        context.setdefault("object_list", []).extend(self.get_queryset())
        return super().get_context_data(context)
