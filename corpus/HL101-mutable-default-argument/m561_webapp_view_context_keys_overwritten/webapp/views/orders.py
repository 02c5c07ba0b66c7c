"""Order pages. The leaf view's default context dict is shared between
requests, but every key in it is assigned afresh, so it only ever holds the
last request's values."""
from .base import DetailView


class OrderDetail(DetailView):
    def __init__(self, request, order_id):
        super().__init__(request)
        self.order_id = order_id

    def load(self):
        return {"number": "SO-%06d" % self.order_id, "lines": 3}

    def get_context(self, ctx={}):  # expect: HL101 refuted
        ctx = super().get_context(ctx)
        here = (ctx["object"]["number"], ctx["path"])
        ctx["breadcrumbs"] = [("Orders", "/orders"), here]
        return ctx
