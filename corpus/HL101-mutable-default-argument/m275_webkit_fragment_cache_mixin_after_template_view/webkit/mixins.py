"""View mixins. They inherit from no view: fill_context() hands on with
super(), so they only work listed before a view in a concrete class."""


class FragmentCacheMixin:
    def fill_context(self, request, ctx):
        fragments = ctx.setdefault("fragments", {})
        fragments[request["path"]] = self.body(request)
        super().fill_context(request, ctx)
