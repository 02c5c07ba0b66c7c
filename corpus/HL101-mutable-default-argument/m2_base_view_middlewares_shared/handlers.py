"""Application views, built on web.views.base.View; each adds a per-request timing middleware."""
from web.views.base import View


class OrderDetail(View):
    def __init__(self, request):
        super().__init__(request)
        rid = request["id"]
        self.use(lambda resp: {**resp, "X-Request-Id": rid})
