"""HTTP client that backs off when an API says its rate limit is spent."""


def split_url(url):
    """'https://host/a/b' -> ('host', '/a/b'); the catalog URLs are always absolute."""
    _scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return host, slash + path


class Response:
    def __init__(self, url, status, body, remaining):
        self.url = url
        self.status = status
        self.body = body
        self.remaining = remaining


class Client:
    def __init__(self, timeout=5.0):
        self.timeout = timeout
        self.last_response = {}

    def _send(self, url):
        # The wire transport is swapped out in tests; this one answers locally.
        return Response(url, 200, '{"path": "%s"}' % split_url(url)[1], remaining=100)

    def throttled(self, key):
        last = self.last_response.get(key)
        return last is not None and last.remaining == 0

    def get(self, url):
        key = split_url(url)[0]
        if self.throttled(key):
            return Response(url, 429, "", remaining=0)
        response = self.last_response[key] = self._send(url)
        return response
