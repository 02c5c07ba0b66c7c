"""Test helpers: build requests in memory and close them like the server does."""
from .request import Request


class TestRequest(Request):
    def __init__(self, method, path, **headers):
        headers = {name.replace("_", "-"): value for name, value in headers.items()}
        super().__init__(method.upper(), path, headers)


class Client:
    def __init__(self, app):
        self.app = app

    def request(self, method, path, **headers):
        request = TestRequest(method, path, **headers)
        try:
            return self.app(request)
        finally:
            request.close()
