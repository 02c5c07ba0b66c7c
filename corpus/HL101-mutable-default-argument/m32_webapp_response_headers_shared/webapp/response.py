"""Response object shared by the views and the middleware stack."""

STATUS_REASONS = {
    200: "OK",
    201: "Created",
    404: "Not Found",
    500: "Internal Server Error",
}


class Response:
    default_content_type = "text/plain; charset=utf-8"

    def __init__(self, body, status=200, headers=[]):  # expect: HL101 confirmed
        if not isinstance(body, bytes):
            body = str(body).encode("utf-8")
        self.body = body
        self.status = status
        self.headers = headers
        if not any(name.lower() == "content-type" for name, _ in self.headers):
            self.add_header("Content-Type", self.default_content_type)

    def add_header(self, name, value):
        self.headers.append((name, str(value)))

    def header(self, name, default=None):
        wanted = name.lower()
        for key, value in reversed(self.headers):
            if key.lower() == wanted:
                return value
        return default

    def status_line(self):
        reason = STATUS_REASONS.get(self.status, "Unknown")
        return "%d %s" % (self.status, reason)
