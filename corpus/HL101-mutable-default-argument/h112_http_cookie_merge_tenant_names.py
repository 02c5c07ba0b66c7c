"""HTTP session simulator: each response's Set-Cookie headers are merged into
the session's jar by a staticmethod whose jar is a dict default. The backend
names its affinity cookie after the tenant (`tenant_<id>_sid`), so every new
tenant's response adds a key to the one jar all sessions share."""
import itertools
from http.cookies import SimpleCookie

_ids = itertools.count()


class Session:
    def __init__(self, base_url):
        self.base_url = base_url
        self.cookies = {}

    @staticmethod
    # heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (SimpleCookie.load is not modelled) (heaplint: unknown)
    def merge_cookies(set_cookie_headers, jar={}):  # expect: HL101 confirmed
        for header in set_cookie_headers:
            parsed = SimpleCookie()
            parsed.load(header)
            for name, morsel in parsed.items():
                jar[name] = morsel.value
        return jar

    def handle(self, status, headers):
        self.cookies = self.merge_cookies(
            [value for key, value in headers if key.lower() == "set-cookie"])
        return status, self.cookie_header

    @property
    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in sorted(self.cookies.items()))


def scenario():
    n = next(_ids)
    session = Session(f"https://shop.example.com/t/{n}")
    headers = [("Content-Type", "text/html"), ("Set-Cookie", f"tenant_{n}_sid={n:08x}; Path=/; HttpOnly"),
               ("Set-Cookie", f"csrftoken=c{n}; Path=/")]
    return session.handle(200, headers)
