"""Order pages. The leaf view's default context dict is shared between
requests; the breadcrumb list is created once with setdefault and each
request appends its (order number, path) crumb to it."""
from .base import DetailView


class OrderDetail(DetailView):
    def __init__(self, request, order_id):
        super().__init__(request)
        self.order_id = order_id

    def load(self):
        return {"number": "SO-%06d" % self.order_id, "lines": 3}

    def get_context(self, ctx={}):  # expect: HL101 confirmed
        ctx = super().get_context(ctx)
        here = (ctx["object"]["number"], ctx["path"])
        ctx.setdefault("breadcrumbs", [("Orders", "/orders")]).append(here)
        return ctx
