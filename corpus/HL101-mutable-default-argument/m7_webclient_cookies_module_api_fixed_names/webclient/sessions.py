from .cookies import extract_cookies


class Session:
    def __init__(self, transport):
        self.transport = transport
        self.cookies = {}

    def request(self, method, url):
        status, headers, body = self.transport(method, url, dict(self.cookies))
        extract_cookies(headers, self.cookies)
        return status, body
