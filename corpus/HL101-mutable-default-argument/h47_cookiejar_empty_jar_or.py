"""HTTP client session that stores Set-Cookie values in a cookie jar."""
import itertools

_ids = itertools.count()


class CookieJar:
    def __init__(self, cookies={}):  # expect: HL101 confirmed
        self._cookies = cookies

    def __len__(self):
        return len(self._cookies)

    def set(self, domain, name, value):
        self._cookies[(domain.lower(), name)] = value

    def header_for(self, domain):
        return "; ".join(
            "%s=%s" % (name, value)
            for (host, name), value in self._cookies.items()
            if host == domain
        )


class Session:
    def __init__(self, jar=None, timeout=10.0):
        self.jar = jar or CookieJar()
        self.timeout = timeout

    def handle_response(self, domain, set_cookie):
        name, _, rest = set_cookie.partition("=")
        if not name.strip():
            return
        self.jar.set(domain, name.strip(), rest.split(";", 1)[0])


def scenario():
    n = next(_ids)
    session = Session(jar=CookieJar({}))
    session.handle_response("Shop%d.example.com" % n, "sid=%x; Path=/; HttpOnly" % n)
    session.jar.header_for("shop%d.example.com" % n)
