from .base import CachedView


class ReportView(CachedView):
    def cache_key(self, request):
        return request["kind"]

    def render(self, request):
        return f"<h1>{request['kind'].title()} report</h1>"
