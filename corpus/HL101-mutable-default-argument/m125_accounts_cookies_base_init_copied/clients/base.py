"""Base client: keeps its own copy of the cookie jar it is given for the life of the client."""


class BaseClient:
    def __init__(self, host, cookies={}):  # expect: HL101 refuted
        self.host = host
        self.cookies = dict(cookies)
        self.calls = 0

    async def request(self, method, path, body=None):
        self.calls += 1
        return {"method": method, "url": "https://%s%s" % (self.host, path), "body": body}
