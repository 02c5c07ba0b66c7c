"""MultipleObjectMixin is a plain mixin: it must be listed before the view,
since in a view listed ahead of it, ContextMixin comes first in the MRO."""


class MultipleObjectMixin:
    def get_context_data(self, context):
        context.setdefault("object_list", []).extend(self.get_queryset())
        return super().get_context_data(context)
