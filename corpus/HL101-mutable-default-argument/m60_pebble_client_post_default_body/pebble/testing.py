from urllib.parse import urlencode

from .request import Request


class TestClient:
    def __init__(self, app):
        self.app = app

    def get(self, path):
        return self.app(Request("GET", path))

    def post(self, path, data):
        request = Request("POST", path)
        request.body.write(urlencode(data))
        request.body.seek(0)
        return self.app(request)
