"""Response helpers that report each Set-Cookie name only once."""
import itertools

_ids = itertools.count()


def iter_new_cookies(headers, _reported=set()):  # expect: HL101 confirmed
    for name, value in headers:
        if name.lower() != "set-cookie":
            continue
        pair, _, attrs = value.partition(";")
        cookie_name, _, cookie_value = pair.partition("=")
        cookie_name = cookie_name.strip()
        if not cookie_name or cookie_name in _reported:
            continue
        yield cookie_name, cookie_value.strip(), attrs.strip()
        _reported.add(cookie_name)


class Response:
    def __init__(self, status, headers):
        self.status = status
        self.headers = headers

    def all_cookies(self):
        return {name: value for name, value, _ in iter_new_cookies(self.headers)}

    def first_cookie(self):
        return next(iter_new_cookies(self.headers), None)


def scenario():
    n = next(_ids)
    headers = [("Content-Type", "text/html"), ("Set-Cookie", "csrf_%d=%x; Path=/" % (n, n))]
    response = Response(200 if n % 5 else 302, headers)
    cookies = response.all_cookies()
    return cookies
