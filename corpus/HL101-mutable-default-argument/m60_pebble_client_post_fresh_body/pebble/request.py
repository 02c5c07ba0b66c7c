import io
from urllib.parse import parse_qsl


class Request:
    def __init__(self, method, path, body=io.StringIO()):  # expect: HL101 refuted
        self.method = method
        self.path, _, self.query = path.partition("?")
        self.body = body

    def form(self):
        return dict(parse_qsl(self.body.read()))

    def args(self):
        return dict(parse_qsl(self.query))
