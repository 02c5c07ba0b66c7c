"""Application views, built on web.views.base.View; each sets per-request headers on its own copy."""
from web.views.base import View


class OrderDetail(View):
    def __init__(self, request):
        super().__init__(request)
        self.set_header("X-Request-Id", request["id"])
        self.set_header(f"X-Trace-{request['id']}", "1")
