"""Base view: default response headers are copied into each instance."""


class View:
    def __init__(self, request, headers={"Content-Type": "application/json"}):  # expect: HL101 refuted
        self.request = request
        self.headers = dict(headers)

    def set_header(self, name, value):
        self.headers[name] = value

    def dispatch(self):
        return {"status": 200, "path": self.request["path"], "headers": self.headers}
