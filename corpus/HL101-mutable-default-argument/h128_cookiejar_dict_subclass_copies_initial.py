"""HTTP client: a small cookie jar is a dict subclass seeded from the
name -> value mapping it is given. dict.__init__, reached through super(),
copies the shared default into each new jar, so the per-experiment
`exp_<id>` cookies a session receives live only in that session's jar."""
import itertools
from http.cookies import SimpleCookie

_visits = itertools.count()


class CookieJar(dict):
    def __init__(self, initial={}):  # expect: HL101 refuted
        super().__init__(initial)

    def update_from(self, set_cookie_headers):
        for header in set_cookie_headers:
            for morsel in SimpleCookie(header).values():
                self[morsel.key] = morsel.value

    @property
    def header(self):
        return "; ".join(f"{k}={v}" for k, v in sorted(self.items()))


def scenario():
    n = next(_visits)
    jar = CookieJar()
    jar.update_from([f"sid={n:06x}; Path=/; HttpOnly", f"exp_{n}=variant-{n % 2}; Max-Age=3600"])
    return len(jar.header)
