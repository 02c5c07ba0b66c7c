"""Concrete handlers: each handler instance keeps its own trace list and passes it up the super() chain."""
from .base import Handler


class JsonHandler(Handler):
    def __init__(self):
        self.trace = []

    def handle(self, request, middleware_log=None):
        response = super().handle(request, self.trace if middleware_log is None else middleware_log)
        response["content_type"] = "application/json"
        return response


class AuthJsonHandler(JsonHandler):
    def handle(self, request):
        if not request.get("user"):
            return {"status": 401, "path": request["path"]}
        return super().handle(request, self.trace)
