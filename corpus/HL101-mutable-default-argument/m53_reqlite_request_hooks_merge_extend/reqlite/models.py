"""Request and Response value objects."""
REDIRECT_CODES = (301, 302, 303, 307, 308)


class Request:
    def __init__(self, method, url, headers=None, params=None, hooks={"response": []}):  # expect: HL101 confirmed
        self.method = method.upper()
        self.url = url
        self.headers = dict(headers or {})
        self.params = dict(params or {})
        self.hooks = hooks


class Response:
    def __init__(self, request, status, headers=None, history=[]):  # expect: HL101 refuted
        self.request = request
        self.status = status
        self.headers = headers or {}
        self.history = history

    @property
    def is_redirect(self):
        return self.status in REDIRECT_CODES and "Location" in self.headers
