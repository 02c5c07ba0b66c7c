"""Concrete handlers: JSON and auth layers add their bit and defer to the base through super()."""
from .base import Handler


class JsonHandler(Handler):
    def handle(self, request):
        response = super().handle(request)
        response["content_type"] = "application/json"
        return response


class AuthJsonHandler(JsonHandler):
    def handle(self, request):
        if not request.get("user"):
            return {"status": 401, "path": request["path"]}
        return super().handle(request)
