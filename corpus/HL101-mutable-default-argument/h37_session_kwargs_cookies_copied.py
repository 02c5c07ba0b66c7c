"""HTTP sessions: open_session() forwards its default cookie jar through **options; Session copies it."""
import itertools


class Session:
    def __init__(self, host, cookies, timeout=10):
        self.host = host
        self.cookies = dict(cookies)
        self.timeout = timeout

    def set_cookie(self, name, value):
        self.cookies[name] = value

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


def open_session(host, cookies={}, **options):  # expect: HL101 refuted
    options.update(host=host, cookies=cookies)
    return Session(**options)


_logins = itertools.count()


def scenario():
    n = next(_logins)
    session = open_session(f"api{n % 4}.example.com", timeout=5)
    session.set_cookie(f"sid-{n}", f"{n:08x}")
    return session.cookie_header()
