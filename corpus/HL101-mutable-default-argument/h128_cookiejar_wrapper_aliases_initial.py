"""HTTP client: a small cookie jar wraps the name -> value mapping it is
given, so callers can pre-seed cookies. A jar built with no argument wraps
the shared default dict, so the per-experiment `exp_<id>` cookies one
session receives are still in every jar created afterwards."""
import itertools
from http.cookies import SimpleCookie

_visits = itertools.count()


class CookieJar:
    # heaplint-todo: the cookie names come from SimpleCookie, code heaplint cannot see: keys it hands back may repeat (heaplint: unknown)
    def __init__(self, initial={}):  # expect: HL101 confirmed
        self._cookies = initial

    def update_from(self, set_cookie_headers):
        for header in set_cookie_headers:
            for morsel in SimpleCookie(header).values():
                self._cookies[morsel.key] = morsel.value

    @property
    def header(self):
        return "; ".join(f"{k}={v}" for k, v in sorted(self._cookies.items()))


def scenario():
    n = next(_visits)
    jar = CookieJar()
    jar.update_from([f"sid={n:06x}; Path=/; HttpOnly", f"exp_{n}=variant-{n % 2}; Max-Age=3600"])
    return len(jar.header)
