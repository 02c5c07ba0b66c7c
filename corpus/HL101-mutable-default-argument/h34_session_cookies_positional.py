"""HTTP client: open_session() seeds a CookieJar from a cookies dict, which the jar keeps as its own store."""
import itertools


class CookieJar:
    def __init__(self, domain, cookies):
        self.domain = domain
        self.cookies = cookies

    def set(self, name, value):
        self.cookies[name] = value

    def header(self):
        return "; ".join(f"{k}={v}" for k, v in sorted(self.cookies.items())[:4])


def open_session(host, token, cookies={}):  # expect: HL101 confirmed
    jar = CookieJar(host.split(".", 1)[-1], cookies)
    jar.set(f"sessionid@{host}", token)
    return jar


_logins = itertools.count()


def scenario():
    n = next(_logins)
    jar = open_session(f"shop{n}.example.com", f"{n:08x}")
    return jar.header()
