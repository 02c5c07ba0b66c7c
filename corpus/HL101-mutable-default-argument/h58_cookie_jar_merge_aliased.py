"""Cookie handling for an HTTP client session."""
import itertools
from http.cookies import SimpleCookie

_ids = itertools.count()


def parse_set_cookie(headers):
    found = {}
    for name, value in headers:
        if name.lower() != "set-cookie":
            continue
        cookie = SimpleCookie()
        cookie.load(value)
        for key, morsel in cookie.items():
            found[key] = morsel.value
    return found


# heaplint-todo: it grows by new keys handed back by code heaplint cannot see, which may repeat (SimpleCookie.load is not modelled) (heaplint: unknown)
def build_cookie_header(response_headers, jar={}):  # expect: HL101 confirmed
    merged = jar
    merged.update(parse_set_cookie(response_headers))
    if not merged:
        return ""
    return "; ".join(f"{k}={v}" for k, v in sorted(merged.items()))


def scenario():
    n = next(_ids)
    headers = [
        ("Content-Type", "text/html"),
        ("Set-Cookie", f"session_{n}=abc{n}; Path=/"),
        ("Set-Cookie", "theme=dark"),
    ]
    header = build_cookie_header(headers)
    assert f"session_{n}=abc{n}" in header
    build_cookie_header([("Server", "nginx")])
