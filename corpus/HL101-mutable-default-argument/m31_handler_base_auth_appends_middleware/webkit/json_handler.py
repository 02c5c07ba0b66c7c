from .base import Handler


class JsonHandler(Handler):
    content_type = "application/json"

    def respond(self, request):
        body = {"path": request["path"], "user": request.get("user")}
        return {"status": 200, "content-type": self.content_type, "body": body}
