from .renderers import error_response


class RequestIdMiddleware:
    """Tags every response with the caller's request id (or a generated one)."""

    header_name = "X-Request-Id"

    def __init__(self, app, prefix="req"):
        self.app = app
        self.prefix = prefix
        self.served = 0

    def __call__(self, environ):
        self.served += 1
        request_id = environ.get("HTTP_X_REQUEST_ID", "").strip()
        if not request_id:
            request_id = "%s-%d" % (self.prefix, self.served)
        try:
            response = self.app(environ)
        except LookupError as exc:
            response = error_response(404, str(exc))
        except ValueError as exc:
            response = error_response(400, str(exc))
        response.add_header(self.header_name, request_id)
        return response
