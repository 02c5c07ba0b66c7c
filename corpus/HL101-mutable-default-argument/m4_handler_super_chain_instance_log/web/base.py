"""Base request handler: handle() records which middleware ran in its log default."""


class Handler:
    def handle(self, request, middleware_log=[]):  # expect: HL101 refuted
        middleware_log.append((type(self).__name__, request["path"]))
        return {"status": 200, "path": request["path"], "trace": len(middleware_log)}
